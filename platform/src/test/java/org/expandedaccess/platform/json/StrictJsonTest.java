package org.expandedaccess.platform.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The JSON policy on a mapper configured as Quarkus does (Java time module first). */
class StrictJsonTest {

    record Dated(LocalDate on) {
    }

    private final ObjectMapper mapper = StrictJson.apply(new ObjectMapper().registerModule(new JavaTimeModule()));

    record Listed(java.util.List<String> names, java.util.Set<Integer> numbers, java.util.Map<String, Object> evidence) {
    }

    @Test
    void nullIsNoElementOfAListOrSetButMayBeAMapValue() throws Exception {
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"names\":[\"a\",null]}", Listed.class));
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"numbers\":[null]}", Listed.class));
        assertEquals(null, mapper.readValue("{\"evidence\":{\"caps5\":null}}", Listed.class).evidence().get("caps5"));
    }

    record Flagged(String text, boolean visible, int count) {
    }

    @Test
    void aFieldWithADefaultKeepsItWhenAbsentButTakesNoOtherType() throws Exception {
        Flagged f = mapper.readValue("{\"text\":\"a\"}", Flagged.class);
        assertEquals(false, f.visible());
        assertEquals(0, f.count());
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"visible\":\"false\"}", Flagged.class));
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"count\":\"1\"}", Flagged.class));
    }

    @Test
    void aDateIsAnIsoStringInRange() throws Exception {
        assertEquals(LocalDate.of(2026, 11, 30), mapper.readValue("{\"on\":\"2026-11-30\"}", Dated.class).on());
        for (String bad : new String[] {"20260101", "\"9999-12-31\"", "\"1899-12-31\"", "\"2026-02-30\"", "[2026,1,1]",
                "\"+999999999-12-31\"", "\"2026-1-1\""}) {
            assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"on\":" + bad + "}", Dated.class), bad);
        }
    }
}
