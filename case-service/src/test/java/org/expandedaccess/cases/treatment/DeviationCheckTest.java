package org.expandedaccess.cases.treatment;

import static org.expandedaccess.cases.treatment.Sessions.NINE;
import static org.expandedaccess.cases.treatment.Sessions.dosing;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeviationCheckTest {

    private static final LocalDate FIRST_DOSING = LocalDate.of(2027, 2, 1);
    private static final TreatmentProgram PROGRAM = TreatmentProgram.mdmaPtsd();

    @Test
    void compliantDosingSessionRaisesNoFlag() {
        assertEquals(List.of(), DeviationCheck.check(List.of(dosing(1, FIRST_DOSING)), PROGRAM));
    }

    @Nested
    class DosingInterval {

        @ParameterizedTest(name = "{0} days apart -> {1}")
        @CsvSource({
                "20, DOSING_INTERVAL_TOO_SHORT",
                "21, ",
                "28, ",
                "35, ",
                "36, DOSING_INTERVAL_TOO_LONG"})
        void dosingSessionsMayBeThreeToFiveWeeksApartInclusive(int days, String expected) {
            List<RecordedSession> recorded = List.of(dosing(1, FIRST_DOSING), dosing(2, FIRST_DOSING.plusDays(days)));

            assertEquals(expected == null ? List.of() : List.of(expected), codes(DeviationCheck.check(recorded, PROGRAM)));
        }

        @Test
        void intervalFlagNamesTheLaterSessionAndTheRule() {
            List<RecordedSession> recorded = List.of(dosing(1, FIRST_DOSING), dosing(2, FIRST_DOSING.plusDays(14)));

            Deviation flag = DeviationCheck.check(recorded, PROGRAM).get(0);

            assertEquals(SessionType.DOSING, flag.type());
            assertEquals(2, flag.number());
            assertEquals(FIRST_DOSING.plusDays(14), flag.date());
            assertTrue(flag.message().contains("14 days"), flag.message());
            assertTrue(flag.source().contains("3-5 weeks"), flag.source());
        }

        @Test
        void intervalsAreMeasuredInDateOrderWhateverTheRecordingOrder() {
            List<RecordedSession> recorded = List.of(
                    dosing(3, FIRST_DOSING.plusDays(56)), dosing(1, FIRST_DOSING), dosing(2, FIRST_DOSING.plusDays(28)));

            assertEquals(List.of(), DeviationCheck.check(recorded, PROGRAM));
        }

        @Test
        void eachConsecutivePairIsJudgedSeparately() {
            List<RecordedSession> recorded = List.of(
                    dosing(1, FIRST_DOSING), dosing(2, FIRST_DOSING.plusDays(20)), dosing(3, FIRST_DOSING.plusDays(60)));

            assertEquals(List.of("DOSING_INTERVAL_TOO_SHORT", "DOSING_INTERVAL_TOO_LONG"),
                    codes(DeviationCheck.check(recorded, PROGRAM)));
        }
    }

    @Nested
    class Doses {

        @ParameterizedTest(name = "supplemental {0} s after initial -> {1}")
        @CsvSource({
                "5340, SUPPLEMENTAL_DOSE_OUTSIDE_WINDOW", // 89 minutes
                "5400, ",                                 // 90 minutes
                "7200, ",                                 // 120 minutes
                "7230, SUPPLEMENTAL_DOSE_OUTSIDE_WINDOW", // 120.5 minutes
                "7260, SUPPLEMENTAL_DOSE_OUTSIDE_WINDOW"  // 121 minutes
        })
        void supplementalDoseIsDueOneAndAHalfToTwoHoursAfterTheInitialDoseInclusive(long seconds, String expected) {
            Dose dose = new Dose(120, NINE, 60, NINE.plusSeconds(seconds));

            assertEquals(expected == null ? List.of() : List.of(expected),
                    codes(DeviationCheck.check(List.of(dosing(1, FIRST_DOSING, dose)), PROGRAM)));
        }

        @Test
        void supplementalWindowMessageSaysHowLateItWas() {
            Dose dose = new Dose(80, NINE, 40, NINE.plusMinutes(121));

            Deviation flag = DeviationCheck.check(List.of(dosing(1, FIRST_DOSING, dose)), PROGRAM).get(0);

            assertEquals("SUPPLEMENTAL_DOSE_OUTSIDE_WINDOW", flag.code());
            assertTrue(flag.message().contains("121 minutes"), flag.message());
        }

        @Test
        void totalOfOneHundredEightyMilligramsIsTheMaximumNotAboveIt() {
            Dose atMaximum = new Dose(120, NINE, 60, NINE.plusMinutes(100));

            assertFalse(codes(DeviationCheck.check(List.of(dosing(1, FIRST_DOSING, atMaximum)), PROGRAM))
                    .contains("TOTAL_DOSE_ABOVE_MAXIMUM"));
        }

        @Test
        void totalOfOneHundredEightyOneMilligramsIsAboveTheMaximum() {
            Dose oneAbove = new Dose(120, NINE, 61, NINE.plusMinutes(100));

            List<Deviation> flags = DeviationCheck.check(List.of(dosing(1, FIRST_DOSING, oneAbove)), PROGRAM);

            assertTrue(codes(flags).contains("TOTAL_DOSE_ABOVE_MAXIMUM"), flags.toString());
            assertTrue(flags.stream().anyMatch(f -> f.message().contains("181 mg")), flags.toString());
        }

        @Test
        void aSingleInitialDoseAboveTheMaximumIsFlaggedWithoutASupplement() {
            Dose dose = new Dose(200, NINE, null, null);

            assertEquals(List.of("TOTAL_DOSE_ABOVE_MAXIMUM", "DOSE_NOT_IN_PROGRAM"),
                    codes(DeviationCheck.check(List.of(dosing(1, FIRST_DOSING, dose)), PROGRAM)));
        }

        @ParameterizedTest(name = "{0} mg + {1} mg -> {2}")
        @CsvSource({
                "80, , ",
                "120, , ",
                "80, 40, ",
                "120, 60, ",
                "100, , DOSE_NOT_IN_PROGRAM",
                "120, 40, DOSE_NOT_IN_PROGRAM",
                "80, 60, DOSE_NOT_IN_PROGRAM"})
        void initialDoseMustBeEightyOrOneHundredTwentyAndSupplementHalfOfIt(int initial, Integer supplemental,
                                                                            String expected) {
            Dose dose = new Dose(initial, NINE, supplemental, supplemental == null ? null : NINE.plusMinutes(90));

            assertEquals(expected == null ? List.of() : List.of(expected),
                    codes(DeviationCheck.check(List.of(dosing(1, FIRST_DOSING, dose)), PROGRAM)));
        }
    }

    @Nested
    class Attendance {

        @Test
        void oneTherapistIsFewerThanTwo() {
            RecordedSession session = Sessions.withTherapists(dosing(1, FIRST_DOSING), List.of("Theo Lead"));

            List<Deviation> flags = DeviationCheck.check(List.of(session), PROGRAM);

            assertEquals(List.of("FEWER_THAN_TWO_THERAPISTS"), codes(flags));
            assertTrue(flags.get(0).message().startsWith("1 therapist"), flags.get(0).message());
        }

        @Test
        void twoTherapistsAreEnough() {
            assertEquals(List.of(), DeviationCheck.check(List.of(dosing(1, FIRST_DOSING)), PROGRAM));
        }

        @Test
        void theSameTherapistNamedTwiceAndBlankNamesDoNotMakeTwo() {
            RecordedSession session = Sessions.withTherapists(dosing(1, FIRST_DOSING),
                    Arrays.asList("Theo Lead", " theo lead ", "", null));

            assertEquals(List.of("FEWER_THAN_TWO_THERAPISTS"), codes(DeviationCheck.check(List.of(session), PROGRAM)));
        }

        @Test
        void nonDosingSessionsNeedNeitherTwoTherapistsNorVitalSigns() {
            RecordedSession integration = Sessions.talk(SessionType.INTEGRATION, 1, FIRST_DOSING.plusDays(1));

            assertEquals(List.of(), DeviationCheck.check(List.of(integration), PROGRAM));
        }
    }

    @Nested
    class VitalSignsAndCssrs {

        private static final LocalTime TEN = LocalTime.of(10, 0);
        private static final BigDecimal TEMP = new BigDecimal("37.0");

        @ParameterizedTest(name = "missing {0}")
        @CsvSource({
                "blood pressure, , , 80, 37.0",
                "pulse, 120, 80, , 37.0",
                "temperature, 120, 80, 80, "})
        void dosingSessionWithoutOneKindOfReadingIsFlaggedNamingIt(String missing, Integer systolic, Integer diastolic,
                                                                   Integer pulse, BigDecimal temperature) {
            RecordedSession session = Sessions.withVitalSigns(dosing(1, FIRST_DOSING),
                    List.of(new VitalSigns(TEN, systolic, diastolic, pulse, temperature)));

            List<Deviation> flags = DeviationCheck.check(List.of(session), PROGRAM);

            assertEquals(List.of("MISSING_VITAL_SIGNS"), codes(flags));
            assertEquals("No " + missing + " reading recorded during this dosing session.", flags.get(0).message());
        }

        @Test
        void systolicWithoutDiastolicIsNotABloodPressure() {
            RecordedSession session = Sessions.withVitalSigns(dosing(1, FIRST_DOSING),
                    List.of(new VitalSigns(TEN, 120, null, 80, TEMP)));

            assertEquals(List.of("MISSING_VITAL_SIGNS"), codes(DeviationCheck.check(List.of(session), PROGRAM)));
        }

        @Test
        void readingsMayBeSpreadOverSeveralTimes() {
            RecordedSession session = Sessions.withVitalSigns(dosing(1, FIRST_DOSING), List.of(
                    new VitalSigns(TEN, 120, 80, null, null),
                    new VitalSigns(TEN.plusHours(1), null, null, 84, null),
                    new VitalSigns(TEN.plusHours(2), null, null, null, TEMP)));

            assertEquals(List.of(), DeviationCheck.check(List.of(session), PROGRAM));
        }

        @Test
        void dosingSessionWithoutAnyReadingListsAllThreeInOneFlag() {
            RecordedSession session = Sessions.withVitalSigns(dosing(1, FIRST_DOSING), null);

            List<Deviation> flags = DeviationCheck.check(List.of(session), PROGRAM);

            assertEquals(List.of("MISSING_VITAL_SIGNS"), codes(flags));
            assertEquals("No blood pressure, pulse, temperature reading recorded during this dosing session.",
                    flags.get(0).message());
        }

        @Test
        void everyVisitWithoutCssrsIsFlaggedWhateverItsType() {
            List<RecordedSession> recorded = List.of(
                    Sessions.withCssrs(Sessions.talk(SessionType.PREPARATORY, 1, FIRST_DOSING.minusDays(7)), null),
                    Sessions.withCssrs(dosing(1, FIRST_DOSING), null),
                    Sessions.withCssrs(Sessions.talk(SessionType.INTEGRATION, 1, FIRST_DOSING.plusDays(1)), null),
                    Sessions.talk(SessionType.INTEGRATION, 2, FIRST_DOSING.plusDays(8)));

            List<Deviation> flags = DeviationCheck.check(recorded, PROGRAM);

            assertEquals(List.of("MISSING_CSSRS", "MISSING_CSSRS", "MISSING_CSSRS"), codes(flags));
            assertEquals(List.of(SessionType.PREPARATORY, SessionType.DOSING, SessionType.INTEGRATION),
                    flags.stream().map(Deviation::type).toList());
        }
    }

    @Test
    void incompleteSessionsAreCheckedAsFarAsTheirFactsGoAndNeverThrow() {
        List<RecordedSession> recorded = new ArrayList<>();
        recorded.add(new RecordedSession(SessionType.DOSING, null, null, null, null, null, null, null));
        recorded.add(new RecordedSession(null, null, FIRST_DOSING, null, null, null, CssrsResult.LOW, null));
        recorded.add(new RecordedSession(SessionType.DOSING, 1, FIRST_DOSING, new Dose(null, null, 60, null),
                List.of(), List.of(), CssrsResult.LOW, null));
        recorded.add(null);

        List<Deviation> flags = assertDoesNotThrow(() -> DeviationCheck.check(recorded, PROGRAM));

        assertTrue(codes(flags).contains("FEWER_THAN_TWO_THERAPISTS"), flags.toString());
        assertDoesNotThrow(() -> DeviationCheck.check(null, PROGRAM));
    }

    @Test
    void everyFlagCarriesACodeOfTheCatalogueAndItsSource() {
        RecordedSession bad = new RecordedSession(SessionType.DOSING, 2, FIRST_DOSING.plusDays(10),
                new Dose(150, NINE, 100, NINE.plusMinutes(30)), List.of("Theo Lead"), List.of(), null, null);

        List<Deviation> flags = DeviationCheck.check(List.of(dosing(1, FIRST_DOSING), bad), PROGRAM);

        assertEquals(List.of("DOSING_INTERVAL_TOO_SHORT", "SUPPLEMENTAL_DOSE_OUTSIDE_WINDOW", "TOTAL_DOSE_ABOVE_MAXIMUM",
                "DOSE_NOT_IN_PROGRAM", "DOSE_NOT_IN_PROGRAM", "FEWER_THAN_TWO_THERAPISTS", "MISSING_VITAL_SIGNS",
                "MISSING_CSSRS"), codes(flags));
        for (Deviation flag : flags) {
            assertEquals(DeviationCode.valueOf(flag.code()).source(), flag.source());
            assertTrue(flag.source().contains("docs/regulatory/mdma-ptsd-program.md"), flag.source());
        }
    }

    private static List<String> codes(List<Deviation> deviations) {
        return deviations.stream().map(Deviation::code).toList();
    }
}
