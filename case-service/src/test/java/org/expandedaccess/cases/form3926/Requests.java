package org.expandedaccess.cases.form3926;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.expandedaccess.cases.lifecycle.CaseStatus;

/** Test requests: the project's complete example, wrapped as intake's RequestView returns it. */
final class Requests {

    static final ObjectMapper JSON = new ObjectMapper();

    /** Tests run in the case-service module directory; the example lives in the repository's docs. */
    static final Path COMPLETE_REQUEST = Path.of("..", "docs", "examples", "complete-request.json");

    static final LocalDate SUBMISSION_DATE = LocalDate.of(2026, 12, 7);

    private Requests() {
    }

    /** docs/examples/complete-request.json as the {@code content} of a submitted RequestView. */
    static ObjectNode completeRequestView() {
        return view(completeContent());
    }

    static ObjectNode completeContent() {
        try {
            return (ObjectNode) JSON.readTree(Files.readString(COMPLETE_REQUEST));
        } catch (IOException e) {
            throw new UncheckedIOException("run the tests from the case-service module directory", e);
        }
    }

    static ObjectNode view(JsonNode content) {
        ObjectNode view = JSON.createObjectNode();
        view.put("requestId", "6f1c1d52-8a53-4e5e-9a8e-0c7b2b7f1a11");
        view.put("status", "SUBMITTED");
        view.put("version", 1);
        view.put("programId", "mdma-ptsd");
        view.put("emergency", false);
        view.put("physician", "alice");
        view.put("submittedByClient", "ea-portal");
        view.put("submittedAt", "2026-11-20T14:03:00Z");
        view.set("content", content);
        return view;
    }

    /** An approved case whose sponsor has issued the LOA; no physician IND yet, so an initial submission. */
    static CaseFacts initialFacts() {
        return new CaseFacts("EA-2026-0042", CaseStatus.AUTHORIZING, false, null, "LOA-2026-017", LocalDate.of(2026, 12, 1),
                SUBMISSION_DATE, "MDMA (midomafetamine) capsules", "Example Sponsor Inc.");
    }

    static CaseFacts facts(CaseStatus status, String indNumber, boolean emergency, Boolean writtenFiled) {
        return new CaseFacts("EA-2026-0042", status, emergency, indNumber, "LOA-2026-017", LocalDate.of(2026, 12, 1),
                SUBMISSION_DATE, "MDMA (midomafetamine) capsules", "Example Sponsor Inc.", writtenFiled);
    }
}
