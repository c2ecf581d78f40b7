package org.expandedaccess.cases.treatment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class SessionPlanTest {

    private static final LocalDate MONDAY_START = LocalDate.of(2027, 1, 11);
    private final TreatmentProgram program = TreatmentProgram.mdmaPtsd();
    private final List<PlannedSession> plan = SessionPlan.generate(MONDAY_START, program);

    @Test
    void defaultProgramPlansThreePreparatoryThreeDosingAndNineIntegrationSessions() {
        assertEquals(15, plan.size());
        assertEquals(3, count(SessionType.PREPARATORY));
        assertEquals(3, count(SessionType.DOSING));
        assertEquals(9, count(SessionType.INTEGRATION));
    }

    @Test
    void preparatorySessionsComeFirstThenEachDosingSessionIsFollowedByItsThreeIntegrationSessions() {
        String order = plan.stream().map(s -> s.type().name().substring(0, 1)).collect(Collectors.joining());

        assertEquals("PPPDIIIDIIIDIII", order);
        for (int i = 0; i < plan.size(); i++) {
            assertEquals(i + 1, plan.get(i).sequence());
        }
    }

    @Test
    void sessionsAreNumberedWithinTheirTypeAndIntegrationSessionsNameTheirDosingSession() {
        assertEquals(List.of(1, 2, 3), numbers(SessionType.PREPARATORY));
        assertEquals(List.of(1, 2, 3), numbers(SessionType.DOSING));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), numbers(SessionType.INTEGRATION));
        assertEquals(List.of(1, 1, 1, 2, 2, 2, 3, 3, 3), plan.stream()
                .filter(s -> s.type() == SessionType.INTEGRATION).map(PlannedSession::afterDosing).toList());
        plan.stream().filter(s -> s.type() != SessionType.INTEGRATION).forEach(s -> assertNull(s.afterDosing()));
    }

    @Test
    void preparatorySessionsAreWeeklyAndFirstDosingIsAWeekAfterTheLastOne() {
        assertEquals(List.of(LocalDate.of(2027, 1, 11), LocalDate.of(2027, 1, 18), LocalDate.of(2027, 1, 25)),
                dates(SessionType.PREPARATORY));
        assertEquals(LocalDate.of(2027, 2, 1), dates(SessionType.DOSING).get(0));
    }

    @Test
    void dosingSessionsAreFourWeeksApart() {
        assertEquals(List.of(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 29)),
                dates(SessionType.DOSING));
    }

    @Test
    void integrationSessionsAreTheDayAfterDosingThenWeekly() {
        assertEquals(List.of(
                        LocalDate.of(2027, 2, 2), LocalDate.of(2027, 2, 9), LocalDate.of(2027, 2, 16),
                        LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 9), LocalDate.of(2027, 3, 16),
                        LocalDate.of(2027, 3, 30), LocalDate.of(2027, 4, 6), LocalDate.of(2027, 4, 13)),
                dates(SessionType.INTEGRATION));
        assertEquals(92, ChronoUnit.DAYS.between(MONDAY_START, plan.get(plan.size() - 1).targetDate()));
    }

    @Test
    void aPlanFollowedToTheDayWithCompleteRecordsRaisesNoDeviation() {
        List<RecordedSession> recorded = plan.stream()
                .map(s -> s.type() == SessionType.DOSING
                        ? Sessions.dosing(s.number(), s.targetDate())
                        : Sessions.talk(s.type(), s.number(), s.targetDate()))
                .toList();

        assertEquals(List.of(), DeviationCheck.check(recorded, program));
        assertTrue(TreatmentProgress.completionAllowed(plan, recorded, null).allowed());
    }

    @Test
    void planCannotBeChangedByItsReader() {
        assertThrows(UnsupportedOperationException.class, () -> plan.add(plan.get(0)));
    }

    @Test
    void programWithoutPreparatorySessionsStartsDosingOnTheStartDate() {
        TreatmentProgram noPreparation = new TreatmentProgram(0, 2, 1, 28, 21, 35, List.of(120), 50, 90, 120, 180, 2,
                true, true, 7, 7, 1, 7);

        List<PlannedSession> short_ = SessionPlan.generate(MONDAY_START, noPreparation);

        assertEquals(List.of(MONDAY_START, MONDAY_START.plusDays(1), MONDAY_START.plusDays(28), MONDAY_START.plusDays(29)),
                short_.stream().map(PlannedSession::targetDate).toList());
    }

    @Test
    void programRejectsATargetIntervalOutsideItsOwnAllowedRange() {
        assertThrows(IllegalArgumentException.class, () -> new TreatmentProgram(3, 3, 3, 40, 21, 35, List.of(80, 120),
                50, 90, 120, 180, 2, true, true, 7, 7, 1, 7));
    }

    @Test
    void defaultProgramCarriesThePhaseThreeParameters() {
        assertEquals(List.of(80, 120), program.initialDosesMg());
        assertEquals(40, program.expectedSupplementalMg(80));
        assertEquals(60, program.expectedSupplementalMg(120));
        assertEquals(180, program.maxTotalDoseMgPerSession());
        assertEquals(2, program.therapistsPerDosingSession());
        assertEquals(90, program.supplementalWindowMinMinutes());
        assertEquals(120, program.supplementalWindowMaxMinutes());
        assertTrue(program.vitalSignsDuringDosing() && program.cssrsAtEachVisit());
    }

    private long count(SessionType type) {
        return plan.stream().filter(s -> s.type() == type).count();
    }

    private List<Integer> numbers(SessionType type) {
        return plan.stream().filter(s -> s.type() == type).map(PlannedSession::number).toList();
    }

    private List<LocalDate> dates(SessionType type) {
        return plan.stream().filter(s -> s.type() == type).map(PlannedSession::targetDate).toList();
    }
}
