package org.expandedaccess.portal.requests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A draft's content in the shape eligibility's pre-screen reads (the coded facts of RequestSubmitted): the
 * free-text statements become "stated" flags and stay out of the call, as they stay out of the events.
 */
final class PrescreenBody {

    private PrescreenBody() {
    }

    static ObjectNode of(ObjectNode content) {
        ObjectNode body = content.objectNode();
        body.put("programId", content.path("programId").asText("mdma-ptsd"));
        copy(content, body, "patient");
        copy(content, body, "priorTreatments");
        copy(content, body, "attestations");
        if (content.get("clinical") instanceof ObjectNode clinical) {
            ObjectNode c = clinical.deepCopy();
            c.remove("seriousnessStatement");
            c.put("seriousConditionStated", stated(clinical.get("seriousnessStatement")));
            body.set("clinical", c);
        }
        if (content.get("alternatives") instanceof ObjectNode alternatives) {
            ObjectNode a = body.putObject("alternatives");
            a.put("noComparableAlternativeStated", stated(alternatives.get("noComparableAlternativeStatement")));
            a.set("canEnrollInTrial", alternatives.get("canEnrollInTrial"));
            a.put("trialEnrollmentReasonStated", stated(alternatives.get("trialEnrollmentReason")));
        }
        if (body.get("priorTreatments") != null && body.get("priorTreatments").isArray()) {
            body.get("priorTreatments").forEach(t -> {
                if (t instanceof ObjectNode o) {
                    o.remove("note");
                }
            });
        }
        if (body.get("patient") instanceof ObjectNode p) {
            p.remove("initials");
            p.remove("allergies");
            p.remove("race");
            p.remove("ethnicity");
        }
        return body;
    }

    private static void copy(ObjectNode from, ObjectNode to, String field) {
        JsonNode v = from.get(field);
        if (v != null) {
            to.set(field, v.deepCopy());
        }
    }

    private static boolean stated(JsonNode text) {
        return text != null && text.isTextual() && !text.asText().isBlank();
    }
}
