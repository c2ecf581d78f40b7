package org.expandedaccess.cases.overview;

import org.expandedaccess.cases.lifecycle.Case;
import org.expandedaccess.cases.lifecycle.EligibilityOutcome;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.expandedaccess.cases.gates.GateStatus;

import java.util.List;
import java.util.stream.Collectors;

@Schema(name = "NextAction", description = "What has to happen next on the case and who does it.")
public record NextAction(
        @Schema(example = "Decide: approve with the LOA, decline, or request information") String action,
        @Schema(description = "PHYSICIAN, SPONSOR, MEDICAL_REVIEWER, FDA (waiting on time), SYSTEM, or NONE") String owner) {

    /** Derived from the state, the screening outcome and the gates. */
    public static NextAction of(Case c, List<GateStatus> gates) {
        boolean decided = c.eligibilityIsCurrent();
        return switch (c.status) {
            case SUBMITTED, SCREENING -> decided && c.eligibilityOutcome == EligibilityOutcome.INELIGIBLE
                    ? new NextAction("Screening found the request ineligible: decline, or send it to review with a reason",
                    "SPONSOR")
                    : new NextAction("Automatic screening of the request", "SYSTEM");
            case UNDER_REVIEW -> new NextAction("Decide: approve with the LOA, decline, or request information",
                    c.screenedEligible() ? "SPONSOR" : "MEDICAL_REVIEWER");
            case INFO_REQUESTED -> new NextAction("Amend the request with the information asked for", "PHYSICIAN");
            case APPROVED, AUTHORIZING -> gatesAction(gates);
            case READY_TO_SHIP -> new NextAction("Ship the drug and record lot, quantity and tracking reference", "SPONSOR");
            case SHIPPED -> new NextAction("Start treatment (record the start date)", "PHYSICIAN");
            case IN_TREATMENT -> new NextAction("Record each session; complete treatment after the last dosing session",
                    "PHYSICIAN");
            case TREATMENT_COMPLETED -> new NextAction("Physician files the written treatment summary with FDA; "
                    + "the sponsor then closes the case with its date and reference", "SPONSOR");
            case CLOSED, DECLINED, WITHDRAWN -> new NextAction("Nothing: the case is " + c.status, "NONE");
        };
    }

    private static NextAction gatesAction(List<GateStatus> gates) {
        List<GateStatus> unrecorded = gates.stream().filter(g -> !g.recorded()).toList();
        List<GateStatus> physician = unrecorded.stream().filter(g -> g.recordedByRoles().contains("physician")).toList();
        if (!physician.isEmpty()) {
            return new NextAction("Record " + names(physician), "PHYSICIAN");
        }
        if (!unrecorded.isEmpty()) {
            return new NextAction("Record " + names(unrecorded), "SPONSOR");
        }
        List<GateStatus> waiting = gates.stream().filter(g -> !g.satisfied()).toList();
        if (!waiting.isEmpty() && waiting.get(0).satisfiedFrom() != null) {
            return new NextAction("Wait until " + waiting.get(0).satisfiedFrom()
                    + " for the IND to take effect (30 days after FDA receipt), unless FDA says so earlier", "FDA");
        }
        return new NextAction("Every gate is satisfied", "SYSTEM");
    }

    private static String names(List<GateStatus> gates) {
        return gates.stream().map(g -> g.gate().name() + " (" + g.title() + ")").collect(Collectors.joining(", "));
    }
}
