package org.expandedaccess.portal.requests;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.expandedaccess.portal.api.ApiProblem;
import org.expandedaccess.portal.api.EligibilityApi;
import org.expandedaccess.portal.api.IntakeApi;
import org.expandedaccess.portal.api.Problem;
import org.expandedaccess.portal.api.ServiceUnavailable;
import org.expandedaccess.portal.api.Upstream;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Saving a draft as the physician types: intake stores what is valid (a value it refuses is sent as empty
 * so the rest is still kept, and its message is shown beside the field), then says what submission still
 * needs; eligibility pre-screens the same content. The portal itself keeps nothing.
 */
@ApplicationScoped
public class DraftService {

    public static final String INTAKE = "The intake service";
    public static final String ELIGIBILITY = "The eligibility service";

    @Inject
    @RestClient
    IntakeApi intake;

    @Inject
    @RestClient
    EligibilityApi eligibility;

    /**
     * @param errors     by form path: invalid values first, then what is missing
     * @param invalid    how many values intake (or the portal) refused
     * @param missing    how many fields submission still needs
     * @param prescreen  null when the eligibility service could not answer
     */
    public record Checked(IntakeApi.RequestView saved, Map<String, String> errors, int invalid, int missing,
                          EligibilityApi.PrescreenResult prescreen, String prescreenUnavailable) {
    }

    public Checked save(UUID id, FormValues values) {
        Set<String> refused = new HashSet<>();
        Map<String, String> invalid = new LinkedHashMap<>();
        ObjectNode content = values.toContent(refused);
        invalid.putAll(values.parseErrors());
        IntakeApi.RequestView saved = null;
        // each round drops the values intake refused; Jackson reports one unreadable value at a time
        for (int round = 0; round < 5 && saved == null; round++) {
            ObjectNode body = content;
            try {
                saved = Upstream.call(INTAKE, () -> intake.replace(id, body));
            } catch (ApiProblem p) {
                if ((p.status() != 400 && p.status() != 422) || p.problem().fieldErrors().isEmpty()) {
                    throw p;
                }
                for (Problem.FieldError e : p.problem().fieldErrors()) {
                    refused.add(e.field());
                    invalid.put(values.formPath(e.field()), e.message());
                }
                content = values.toContent(refused);
            }
        }
        if (saved == null) {
            throw new ServiceUnavailable(INTAKE, null);
        }
        return check(id, saved, content, invalid, values);
    }

    /** The stored draft as it is: what it misses, what screening would say. */
    public Checked current(IntakeApi.RequestView draft, FormValues values) {
        return check(draft.requestId(), draft, draft.content() instanceof ObjectNode o ? o : values.toContent(Set.of()),
                new LinkedHashMap<>(), values);
    }

    private Checked check(UUID id, IntakeApi.RequestView saved, ObjectNode content, Map<String, String> invalid,
                          FormValues values) {
        IntakeApi.Completion completion = Upstream.call(INTAKE, () -> intake.completeness(id));
        Map<String, String> errors = new LinkedHashMap<>(invalid);
        int missing = 0;
        for (Problem.FieldError m : completion.missing() == null ? java.util.List.<Problem.FieldError>of() : completion.missing()) {
            String path = values.formPath(m.field());
            if (path.endsWith(".address") || path.endsWith(".license")) {
                path = path + ".state"; // "the address is required": said beside its first input
            }
            if (!errors.containsKey(path)) {
                errors.put(path, m.message());
                missing++;
            }
        }
        EligibilityApi.PrescreenResult prescreen = null;
        String unavailable = null;
        try {
            // the draft as intake holds it: eligibility derives the facts as intake does for its events
            prescreen = Upstream.call(ELIGIBILITY, () -> eligibility.prescreen(content));
        } catch (ServiceUnavailable | ApiProblem e) {
            unavailable = ELIGIBILITY + " is unavailable; your draft is kept; the pre-screen will come back when it is.";
        }
        return new Checked(saved, errors, invalid.size(), missing, prescreen, unavailable);
    }
}
