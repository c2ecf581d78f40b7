package org.expandedaccess.cases.transitions;

import org.expandedaccess.cases.gates.GateDetails;
import org.expandedaccess.cases.lifecycle.CaseStatus;
import org.expandedaccess.cases.lifecycle.CaseTransitions.Requirement;
import org.expandedaccess.cases.transitions.TransitionRequirements.CaseFacts;
import org.expandedaccess.platform.problem.Problem.FieldError;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What each kind of move requires, without Quarkus: request and case facts in, field errors out. */
class TransitionRequirementsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    static final CaseFacts NOT_SHIPPED = CaseFacts.undated(false);

    static TransitionRequest to(CaseStatus to, String reason) {
        return new TransitionRequest(to, reason, null, null, null, null, null, null);
    }

    static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    static List<FieldError> problems(Requirement requirement, TransitionRequest r, CaseFacts c) {
        return TransitionRequirements.problems(requirement, r, c, TODAY, () -> List.of("completion not asked for"));
    }

    @Test
    void aDeclineNeedsAReasonOfAtMostTwoThousandCharacters() {
        assertEquals(List.of("reason"), fields(problems(Requirement.REASON, to(CaseStatus.DECLINED, " "), NOT_SHIPPED)));
        assertEquals(List.of("reason"), fields(problems(Requirement.REASON, to(CaseStatus.DECLINED, "x".repeat(2001)), NOT_SHIPPED)));
        assertEquals(List.of(), problems(Requirement.REASON, to(CaseStatus.DECLINED, "x".repeat(2000)), NOT_SHIPPED));
    }

    @Test
    void anApprovalNeedsTheLetterOfAuthorization() {
        assertEquals(List.of("loa"), fields(problems(Requirement.LOA, to(CaseStatus.APPROVED, null), NOT_SHIPPED)));
        TransitionRequest future = new TransitionRequest(CaseStatus.APPROVED, null,
                new GateDetails.Loa("EA-LOA-0042", TODAY.plusDays(1)), null, null, null, null, null);
        assertTrue(fields(problems(Requirement.LOA, future, NOT_SHIPPED)).stream().allMatch(f -> f.startsWith("loa.")),
                "the letter's own problems are named under loa.");
        TransitionRequest issued = new TransitionRequest(CaseStatus.APPROVED, null,
                new GateDetails.Loa("EA-LOA-0042", TODAY), null, null, null, null, null);
        assertEquals(List.of(), problems(Requirement.LOA, issued, NOT_SHIPPED));
    }

    @Test
    void aShipmentNeedsLotQuantityAndTrackingAndIsNotDatedInTheFuture() {
        assertEquals(List.of("shipment"), fields(problems(Requirement.SHIPMENT, to(CaseStatus.SHIPPED, null), NOT_SHIPPED)));
        TransitionRequest bad = new TransitionRequest(CaseStatus.SHIPPED, null,
                null, new TransitionRequest.Shipment(" ", 0, "", TODAY.plusDays(1)), null, null, null, null);
        assertEquals(List.of("shipment.lot", "shipment.quantity", "shipment.trackingReference", "shipment.shippedOn"),
                fields(problems(Requirement.SHIPMENT, bad, NOT_SHIPPED)));
        TransitionRequest good = new TransitionRequest(CaseStatus.SHIPPED, null,
                null, new TransitionRequest.Shipment("MDMA-2026-117", 9, "1Z999AA10123456784", null), null, null, null, null);
        assertEquals(List.of(), problems(Requirement.SHIPMENT, good, NOT_SHIPPED));
    }

    @Test
    void treatmentStartsNeitherBeforeTheShipmentNorInTheFuture() {
        CaseFacts shipped = new CaseFacts(false, LocalDate.of(2026, 11, 30), null, null, null, null, null);
        TransitionRequest early = new TransitionRequest(CaseStatus.IN_TREATMENT, null, null, null,
                LocalDate.of(2026, 11, 29), null, null, null);
        List<FieldError> errors = problems(Requirement.TREATMENT_START, early, shipped);
        assertEquals(List.of("treatmentStartedOn"), fields(errors));
        assertEquals("cannot be before the shipment (2026-11-30)", errors.get(0).message());
        TransitionRequest tomorrow = new TransitionRequest(CaseStatus.IN_TREATMENT, null, null, null,
                TODAY.plusDays(1), null, null, null);
        assertEquals("cannot be in the future", problems(Requirement.TREATMENT_START, tomorrow, shipped).get(0).message());
        assertEquals(List.of("treatmentStartedOn"),
                fields(problems(Requirement.TREATMENT_START, to(CaseStatus.IN_TREATMENT, null), shipped)));
    }

    @Test
    void completingTreatmentAsksWhyItCannotBeCompletedOnlyWithoutAnEarlyEndReason() {
        AtomicInteger asked = new AtomicInteger();
        TransitionRequest planned = to(CaseStatus.TREATMENT_COMPLETED, null);
        List<FieldError> errors = TransitionRequirements.problems(Requirement.TREATMENT_END, planned, NOT_SHIPPED, TODAY,
                () -> {
                    asked.incrementAndGet();
                    return List.of("1 of 3 planned dosing sessions are recorded");
                });
        assertEquals(1, asked.get());
        assertEquals(List.of(new FieldError("earlyEndReason", "1 of 3 planned dosing sessions are recorded")), errors);

        TransitionRequest early = new TransitionRequest(CaseStatus.TREATMENT_COMPLETED, null, null, null, null,
                "The patient moved abroad.", null, null);
        assertEquals(List.of(), TransitionRequirements.problems(Requirement.TREATMENT_END, early, NOT_SHIPPED, TODAY,
                () -> {
                    asked.incrementAndGet();
                    return List.of("must not be asked");
                }));
        assertEquals(1, asked.get(), "an early end needs no completion check");
    }

    @Test
    void closingNeedsTheSummarySentToFdaNotDatedInTheFuture() {
        assertEquals(List.of("summary"), fields(problems(Requirement.TREATMENT_SUMMARY, to(CaseStatus.CLOSED, null), NOT_SHIPPED)));
        TransitionRequest future = new TransitionRequest(CaseStatus.CLOSED, null, null, null, null, null, null,
                new TransitionRequest.TreatmentSummary(TODAY.plusDays(1), "IND 123456 SN 0004"));
        assertEquals(List.of("summary.submittedOn"), fields(problems(Requirement.TREATMENT_SUMMARY, future, NOT_SHIPPED)));
        TransitionRequest sent = new TransitionRequest(CaseStatus.CLOSED, null, null, null, null, null, null,
                new TransitionRequest.TreatmentSummary(TODAY, "IND 123456 SN 0004"));
        assertEquals(List.of(), problems(Requirement.TREATMENT_SUMMARY, sent, NOT_SHIPPED));
    }

    static TransitionRequest shipOn(LocalDate on) {
        return new TransitionRequest(CaseStatus.SHIPPED, null, null,
                new TransitionRequest.Shipment("MDMA-2026-117", 9, "1Z999AA10123456784", on), null, null, null, null);
    }

    @Test
    void aShipmentIsNotDatedBeforeTheLastGateCameToHold() {
        CaseFacts gatesHeld = new CaseFacts(false, null, null, null, null, "DEA registration", LocalDate.of(2026, 11, 28));
        List<FieldError> errors = problems(Requirement.SHIPMENT, shipOn(LocalDate.of(2026, 11, 27)), gatesHeld);
        assertEquals(List.of(new FieldError("shipment.shippedOn",
                "cannot be before 2026-11-28, when the last gate (DEA registration) came to hold")), errors);
        assertEquals(List.of(), problems(Requirement.SHIPMENT, shipOn(LocalDate.of(2026, 11, 28)), gatesHeld));
        assertEquals(List.of(), problems(Requirement.SHIPMENT, shipOn(null), gatesHeld), "today, after the gates");
        CaseFacts heldToday = new CaseFacts(false, null, null, null, null, "IRB approval", TODAY);
        assertEquals(List.of(), problems(Requirement.SHIPMENT, shipOn(null), heldToday), "shipping on the gate's own day");
    }

    static List<FieldError> completing(TransitionRequest r, CaseFacts c) {
        return TransitionRequirements.problems(Requirement.TREATMENT_END, r, c, TODAY, List::of);
    }

    static TransitionRequest completeOn(LocalDate on) {
        return new TransitionRequest(CaseStatus.TREATMENT_COMPLETED, null, null, null, null, null, on, null);
    }

    @Test
    void treatmentIsCompletedNeitherInTheFutureNorBeforeTheLastSessionOrTheStart() {
        CaseFacts treated = new CaseFacts(false, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 5), null,
                LocalDate.of(2026, 11, 20), null, null);
        assertEquals(List.of(), completing(completeOn(null), treated), "today by default");
        assertEquals(List.of(), completing(completeOn(LocalDate.of(2026, 11, 20)), treated));
        assertEquals(List.of(new FieldError("treatmentCompletedOn", "cannot be in the future")),
                completing(completeOn(TODAY.plusDays(1)), treated));
        assertEquals(List.of(new FieldError("treatmentCompletedOn", "cannot be before the last recorded session (2026-11-20)")),
                completing(completeOn(LocalDate.of(2026, 11, 19)), treated));
        CaseFacts noSession = new CaseFacts(false, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 5), null,
                null, null, null);
        assertEquals(List.of(new FieldError("treatmentCompletedOn", "cannot be before the start of treatment (2026-10-05)")),
                completing(completeOn(LocalDate.of(2026, 10, 4)), noSession));
    }

    @Test
    void theSummaryIsNotSentBeforeTreatmentWasCompleted() {
        CaseFacts completed = new CaseFacts(false, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 5),
                LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 20), null, null);
        TransitionRequest before = new TransitionRequest(CaseStatus.CLOSED, null, null, null, null, null, null,
                new TransitionRequest.TreatmentSummary(LocalDate.of(2026, 11, 24), "IND 123456 SN 0004"));
        assertEquals(List.of(new FieldError("summary.submittedOn", "cannot be before treatment was completed (2026-11-25)")),
                problems(Requirement.TREATMENT_SUMMARY, before, completed));
        TransitionRequest sameDay = new TransitionRequest(CaseStatus.CLOSED, null, null, null, null, null, null,
                new TransitionRequest.TreatmentSummary(LocalDate.of(2026, 11, 25), "IND 123456 SN 0004"));
        assertEquals(List.of(), problems(Requirement.TREATMENT_SUMMARY, sameDay, completed));
    }
}
