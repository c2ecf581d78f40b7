package org.expandedaccess.eligibility.rules;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Realistic patient vignettes (src/test/resources/vignettes/mdma-ptsd.yaml) with the outcome and deciding criteria. */
class VignettesTest {

    private static final ProgramDefinition PROGRAM = Inputs.mdmaPtsd();

    static Stream<Arguments> vignettes() {
        JsonNode doc = document();
        List<Arguments> out = new ArrayList<>();
        for (JsonNode v : doc.get("vignettes")) {
            out.add(Arguments.of(v.get("name").asText(), v.get("story").asText(),
                    Inputs.merge(doc.get("baseline"), v.get("input")), Outcome.valueOf(v.get("outcome").asText()),
                    Inputs.JSON.convertValue(v.get("deciding"), List.class)));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vignettes")
    void vignetteReachesItsOutcomeForItsReasons(String name, String story, JsonNode content, Outcome outcome,
                                                List<String> deciding) {
        Evaluation e = new EligibilityRules().evaluate(PROGRAM, Inputs.input(content));
        String why = name + " (" + story + "): " + e.criteria().stream().filter(c -> e.decidingCriteria().contains(c.id()))
                .map(c -> c.id() + " " + c.status() + " " + c.explanation()).collect(Collectors.joining("; "));
        assertEquals(outcome, e.outcome(), why);
        assertEquals(deciding, e.decidingCriteria(), why);
    }

    @Test
    void atLeastTwentyVignettesCoverEveryOutcome() {
        List<Arguments> all = vignettes().toList();
        assertTrue(all.size() >= 20, "vignettes: " + all.size());
        Set<Outcome> outcomes = all.stream().map(a -> (Outcome) a.get()[3]).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(Outcome.class), outcomes);
    }

    private static JsonNode document() {
        try {
            return Inputs.YAML.readTree(Inputs.resource("vignettes/mdma-ptsd.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
