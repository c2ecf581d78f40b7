package org.expandedaccess.cases.treatment;

import static org.expandedaccess.cases.treatment.Sessions.NINE;
import static org.expandedaccess.cases.treatment.Sessions.dosing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionValidatorTest {

    private static final LocalDate DAY = LocalDate.of(2027, 2, 1);
    private static final LocalTime TEN = LocalTime.of(10, 0);

    @Test
    void completeDosingSessionHasNoProblem() {
        assertEquals(List.of(), dosing(1, DAY).problems());
    }

    @Test
    void deviatingButWellFormedSessionHasNoProblemBecauseDeviationsNeverBlockRecording() {
        RecordedSession offProgram = new RecordedSession(SessionType.DOSING, 1, DAY,
                new Dose(200, NINE, 100, NINE.plusMinutes(20)), List.of(), List.of(), null, null);

        assertEquals(List.of(), offProgram.problems());
    }

    @Test
    void dateAndTypeAreRequired() {
        RecordedSession empty = new RecordedSession(null, null, null, null, null, null, null, null);

        assertEquals(List.of("type", "date"), fields(empty));
    }

    @Test
    void numberMustBePositiveWhenGiven() {
        assertEquals(List.of("number"), fields(Sessions.withNumber(dosing(1, DAY), 0)));
    }

    @Test
    void dosingSessionNeedsADose() {
        assertEquals(List.of("dose"), fields(dosing(1, DAY, null)));
    }

    @Test
    void initialDoseMustBePositiveAndTimed() {
        assertEquals(List.of("dose.initialMg", "dose.initialAt"), fields(dosing(1, DAY, new Dose(0, null, null, null))));
        assertEquals(List.of("dose.initialMg"), fields(dosing(1, DAY, new Dose(null, NINE, null, null))));
    }

    @Test
    void supplementalDoseAndItsTimeGoTogether() {
        assertEquals(List.of("dose.supplementalAt"), fields(dosing(1, DAY, new Dose(120, NINE, 60, null))));
        assertEquals(List.of("dose.supplementalMg"), fields(dosing(1, DAY, new Dose(120, NINE, null, NINE.plusHours(2)))));
        assertEquals(List.of("dose.supplementalMg"), fields(dosing(1, DAY, new Dose(120, NINE, 0, NINE.plusHours(2)))));
    }

    @Test
    void supplementalDoseCannotPrecedeTheInitialDose() {
        assertEquals(List.of("dose.supplementalAt"), fields(dosing(1, DAY, new Dose(120, NINE, 60, NINE.minusMinutes(5)))));
    }

    @Test
    void onlyDosingSessionsCarryADose() {
        RecordedSession integration = new RecordedSession(SessionType.INTEGRATION, 1, DAY, new Dose(120, NINE, null, null),
                List.of(), List.of(), CssrsResult.NONE, null);

        assertEquals(List.of("dose"), fields(integration));
    }

    @ParameterizedTest(name = "{0} = {1} -> valid {2}")
    @CsvSource({
            "systolic, 49, false", "systolic, 50, true", "systolic, 260, true", "systolic, 261, false",
            "diastolic, 29, false", "diastolic, 30, true", "diastolic, 160, true", "diastolic, 161, false",
            "pulse, 19, false", "pulse, 20, true", "pulse, 250, true", "pulse, 251, false",
            "temperatureC, 29.9, false", "temperatureC, 30, true", "temperatureC, 45.0, true", "temperatureC, 45.1, false"})
    void vitalValuesMustBePhysiologicallyPossible(String field, BigDecimal value, boolean valid) {
        // Partner values chosen so that only the field under test can be wrong.
        VitalSigns reading = switch (field) {
            case "systolic" -> new VitalSigns(TEN, value.intValue(), 30, 80, null);
            case "diastolic" -> new VitalSigns(TEN, 259, value.intValue(), 80, null);
            case "pulse" -> new VitalSigns(TEN, null, null, value.intValue(), null);
            default -> new VitalSigns(TEN, null, null, null, value);
        };
        RecordedSession session = Sessions.withVitalSigns(dosing(1, DAY), List.of(Sessions.FULL_READING, reading));

        List<SessionProblem> problems = session.problems();

        assertEquals(valid ? List.of() : List.of("vitalSigns[1]." + field), fields(session), problems.toString());
    }

    @Test
    void aReadingNeedsATimeAValueAndBothBloodPressureValues() {
        RecordedSession session = Sessions.withVitalSigns(dosing(1, DAY), Arrays.asList(
                new VitalSigns(null, null, null, null, null),
                new VitalSigns(TEN, 120, null, null, null),
                new VitalSigns(TEN, 80, 120, null, null),
                null));

        assertEquals(List.of("vitalSigns[0].takenAt", "vitalSigns[0]", "vitalSigns[1].diastolic",
                "vitalSigns[2].diastolic", "vitalSigns[3]"), fields(session));
    }

    @Test
    void therapistNamesMustNotBeBlank() {
        RecordedSession session = Sessions.withTherapists(dosing(1, DAY), Arrays.asList("Theo Lead", " ", null));

        assertEquals(List.of("therapists[1]", "therapists[2]"), fields(session));
    }

    @Test
    void notesMayHoldTwoThousandCharactersButNotMore() {
        assertEquals(List.of(), fields(Sessions.withNotes(dosing(1, DAY), "x".repeat(2000))));
        assertEquals(List.of("notes"), fields(Sessions.withNotes(dosing(1, DAY), "x".repeat(2001))));
    }

    @Test
    void problemsSayWhatIsExpected() {
        SessionProblem problem = dosing(1, DAY, new Dose(120, NINE, 60, null)).problems().get(0);

        assertTrue(problem.message().contains("supplemental"), problem.message());
    }

    private static List<String> fields(RecordedSession session) {
        return session.problems().stream().map(SessionProblem::field).toList();
    }
}
