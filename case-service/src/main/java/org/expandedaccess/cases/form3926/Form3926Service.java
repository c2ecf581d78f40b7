package org.expandedaccess.cases.form3926;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.expandedaccess.cases.deadlines.Deadline;
import org.expandedaccess.cases.deadlines.DeadlineKind;
import org.expandedaccess.cases.gates.Gate;
import org.expandedaccess.cases.gates.GateDetails;
import org.expandedaccess.cases.gates.Gates;
import org.expandedaccess.cases.lifecycle.Case;
import org.expandedaccess.cases.lifecycle.CaseService;
import org.expandedaccess.cases.time.SponsorClock;
import org.expandedaccess.cases.treatment.TreatmentProgram;
import org.expandedaccess.platform.problem.Problem;
import org.expandedaccess.platform.problem.ProblemException;
import org.expandedaccess.platform.security.Caller;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * Drafts Form FDA 3926 for a case from intake's record of the request and the case's own facts. The
 * request is read from intake-service with the caller's own token, so intake's permissions apply and the
 * request's free text (statements, contact details) never has to be copied into this service
 * (docs/decisions/0006).
 */
@ApplicationScoped
public class Form3926Service {

    private final CaseService cases;
    private final Gates gates;
    private final SponsorClock clock;
    private final ObjectMapper json;
    private final URI intake;
    private final String drugName;
    private final String supplier;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    Form3926Service(CaseService cases, Gates gates, SponsorClock clock, ObjectMapper json,
                    @ConfigProperty(name = "ea.cases.intake-url", defaultValue = "http://localhost:8081") URI intake,
                    @ConfigProperty(name = "ea.cases.drug-name", defaultValue = "MDMA (midomafetamine) capsules") String drugName,
                    @ConfigProperty(name = "ea.cases.supplier", defaultValue = "the program sponsor (see LOA)") String supplier) {
        this.cases = cases;
        this.gates = gates;
        this.clock = clock;
        this.json = json;
        this.intake = intake;
        this.drugName = drugName;
        this.supplier = supplier;
    }

    public Form3926Draft draft(Caller caller, UUID caseId, String bearerToken) {
        Snapshot s = snapshot(caller, caseId);
        JsonNode request = fetchRequest(s.requestId(), bearerToken);
        return new Form3926Drafter(TreatmentProgram.mdmaPtsd(), clock.clock().withZone(clock.zone()))
                .draft(new Form3926Input(request, s.facts()));
    }

    private record Snapshot(UUID requestId, CaseFacts facts) {
    }

    @Transactional
    Snapshot snapshot(Caller caller, UUID caseId) {
        Case c = cases.find(caller, caseId).orElseThrow(() -> ProblemException.notFound("Case " + caseId));
        Map<Gate, GateDetails> recorded = gates.recorded(c);
        String ind = recorded.get(Gate.FDA) instanceof GateDetails.Fda fda ? fda.indNumber() : null;
        GateDetails.Loa loa = recorded.get(Gate.LOA) instanceof GateDetails.Loa l ? l : null;
        Boolean writtenFiled = Deadline.<Deadline>find("caseId = ?1 and kind = ?2", c.id,
                        DeadlineKind.EMERGENCY_WRITTEN_SUBMISSION).firstResultOptional()
                .map(d -> d.status == Deadline.Status.MET).orElse(null);
        return new Snapshot(c.requestId, new CaseFacts(c.reference, c.status, c.emergency, ind,
                loa == null ? null : loa.reference(), loa == null ? null : loa.issuedOn(), null, drugName, supplier,
                writtenFiled));
    }

    private JsonNode fetchRequest(UUID requestId, String bearerToken) {
        HttpRequest request = HttpRequest.newBuilder(intake.resolve("/api/v1/requests/" + requestId))
                .timeout(Duration.ofSeconds(5)).header("Accept", "application/json")
                .header("Authorization", "Bearer " + bearerToken).GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ProblemException(Problem.dependencyUnavailable("intake-service"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(Problem.dependencyUnavailable("intake-service"));
        }
        if (response.statusCode() == 503) {
            throw new ProblemException(Problem.dependencyUnavailable("intake-service"));
        }
        if (response.statusCode() != 200) {
            throw new ProblemException(Problem.of("upstream-refused", "The request could not be read", 502,
                    "intake-service answered " + response.statusCode() + " for the request of this case."));
        }
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new ProblemException(Problem.of("upstream-refused", "The request could not be read", 502,
                    "intake-service answered with something that is not JSON."));
        }
    }
}
