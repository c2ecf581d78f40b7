package org.expandedaccess.cases.treatment;

import static org.expandedaccess.cases.treatment.Sessions.dosing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class TreatmentProgressTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 11);
    private static final LocalDate D1 = LocalDate.of(2027, 2, 1);
    private final List<PlannedSession> plan = SessionPlan.generate(START, TreatmentProgram.mdmaPtsd());

    @Test
    void completionIsAllowedOnceAllPlannedDosingSessionsAreRecorded() {
        List<RecordedSession> recorded = List.of(dosing(1, D1), dosing(2, D1.plusDays(28)), dosing(3, D1.plusDays(56)));

        CompletionDecision decision = TreatmentProgress.completionAllowed(plan, recorded, null);

        assertTrue(decision.allowed());
        assertFalse(decision.endedEarly());
        assertEquals(new DosingProgress(3, 3, List.of()), decision.progress());
        assertTrue(decision.source().contains("issue 6"), decision.source());
    }

    @Test
    void completionIsRefusedWithTheOutstandingSessionWhenOneIsMissingAndNoReasonIsGiven() {
        List<RecordedSession> recorded = List.of(dosing(1, D1), dosing(2, D1.plusDays(28)));

        CompletionDecision decision = TreatmentProgress.completionAllowed(plan, recorded, null);

        assertFalse(decision.allowed());
        assertEquals(List.of(3), decision.progress().outstanding());
        assertTrue(decision.reason().contains("2 of 3"), decision.reason());
        assertTrue(decision.reason().contains("dosing session 3"), decision.reason());
    }

    @Test
    void aBlankEarlyEndReasonIsNoReason() {
        assertFalse(TreatmentProgress.completionAllowed(plan, List.of(dosing(1, D1)), "   ").allowed());
        assertFalse(TreatmentProgress.completionAllowed(plan, List.of(dosing(1, D1)), "").allowed());
    }

    @Test
    void physicianMayEndTreatmentEarlyWithAReasonWhichIsNotCopiedIntoTheDecision() {
        String reason = "Patient JD moved abroad";

        CompletionDecision decision = TreatmentProgress.completionAllowed(plan, List.of(dosing(1, D1)), reason);

        assertTrue(decision.allowed());
        assertTrue(decision.endedEarly());
        assertFalse(decision.reason().contains("JD"), decision.reason());
        assertEquals(List.of(2, 3), decision.progress().outstanding());
    }

    @Test
    void noDosingSessionRecordedAndNoReasonIsRefused() {
        CompletionDecision decision = TreatmentProgress.completionAllowed(plan, List.of(), null);

        assertFalse(decision.allowed());
        assertEquals(new DosingProgress(3, 0, List.of(1, 2, 3)), decision.progress());
    }

    @Test
    void recordingTheSameDosingSessionTwiceCountsOnce() {
        List<RecordedSession> recorded = List.of(dosing(1, D1), dosing(1, D1), dosing(2, D1.plusDays(28)));

        assertEquals(new DosingProgress(3, 2, List.of(3)), TreatmentProgress.dosingRecorded(plan, recorded));
    }

    @Test
    void unnumberedDosingSessionsFillTheOutstandingPlannedOnes() {
        List<RecordedSession> recorded = List.of(dosing(2, D1.plusDays(28)),
                Sessions.withNumber(dosing(1, D1), null), Sessions.withNumber(dosing(1, D1.plusDays(56)), null));

        assertEquals(new DosingProgress(3, 3, List.of()), TreatmentProgress.dosingRecorded(plan, recorded));
    }

    @Test
    void dosingNumbersOutsideThePlanAndOtherSessionTypesDoNotCount() {
        List<RecordedSession> recorded = List.of(dosing(1, D1), dosing(4, D1.plusDays(28)),
                Sessions.talk(SessionType.INTEGRATION, 2, D1.plusDays(8)),
                Sessions.talk(SessionType.PREPARATORY, 3, START.plusDays(14)));

        assertEquals(new DosingProgress(3, 1, List.of(2, 3)), TreatmentProgress.dosingRecorded(plan, recorded));
    }
}
