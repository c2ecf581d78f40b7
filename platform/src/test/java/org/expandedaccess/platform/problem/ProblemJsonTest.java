package org.expandedaccess.platform.problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ProblemJsonTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void extensionMembersAppearAtTheTopLevel() throws Exception {
        Problem p = Problem.of("illegal-transition", "Not allowed", 409, "no")
                .with("allowed", List.of("APPROVED", "DECLINED")).withInstance("/api/v1/cases/1");
        JsonNode node = json.readTree(json.writeValueAsString(p));
        assertEquals("APPROVED", node.path("allowed").path(0).asText());
        assertEquals("/api/v1/cases/1", node.path("instance").asText());
        assertFalse(node.has("extensions"), node.toString());
        assertFalse(node.has("errors"), "null members are left out: " + node);
    }

    @Test
    void aProblemWithoutExtensionsHasOnlyTheStandardMembers() throws Exception {
        JsonNode node = json.readTree(json.writeValueAsString(Problem.of("x", "X", 400, "d")));
        assertEquals(4, node.size(), node.toString());
    }
}
