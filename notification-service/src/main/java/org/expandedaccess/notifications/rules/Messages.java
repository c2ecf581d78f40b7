package org.expandedaccess.notifications.rules;

import java.util.Map;

/**
 * Words for every (event, audience) pair of the {@link RoutingTable}. Messages name the case
 * reference and patient initials, never other patient data, and always say what to do next.
 */
public final class Messages {

    private static final Map<String, String> DEADLINES = Map.of(
            "SPONSOR_ACKNOWLEDGEMENT", "sponsor acknowledgement of the request",
            "FDA_EARLIEST_TREATMENT", "earliest treatment date (30 days after FDA receipt)",
            "EMERGENCY_WRITTEN_SUBMISSION", "written submission to FDA after the emergency authorisation",
            "IRB_EMERGENCY_NOTICE", "notice of the emergency use to the IRB",
            "SAFETY_REPORT", "IND safety report",
            "ANNUAL_REPORT", "annual report",
            "TREATMENT_SUMMARY", "treatment summary");

    private Messages() {
    }

    public static Message compose(EventFacts f, Audience audience, String link) {
        boolean sponsor = audience != Audience.PHYSICIAN;
        String patient = f.patientInitials() != null ? "patient " + f.patientInitials() : "the patient";
        String onCase = f.reference() != null ? "case " + f.reference() : "the request for " + patient;
        String urgent = f.emergencyUse() ? "EMERGENCY: " : "";
        M m = switch (f.type()) {
            case REQUEST_SUBMITTED -> sponsor
                    ? new M("NEW_REQUEST", urgent + "New expanded access request for " + patient,
                    "Physician " + f.physicianUsername() + " submitted " + (f.emergencyUse() ? "an emergency" : "a")
                            + " request for " + patient + ".",
                    f.emergencyUse()
                            ? "Emergency use (21 CFR 312.310(d)): triage it today and contact the physician."
                            : "Triage it: check the screening outcome and acknowledge the request.")
                    : new M("REQUEST_RECEIVED", (f.emergencyUse() ? "Emergency request received" : "Request received")
                    + " for " + patient,
                    "Your expanded access request for " + patient + " was received and is being screened.",
                    "Nothing is needed from you now. You will be told the screening outcome and every step after it.");
            case REQUEST_AMENDED -> sponsor
                    ? new M("REQUEST_AMENDED", "Request amended (version " + f.requestVersion() + ") for " + patient,
                    "The physician amended the request for " + patient + "; it is screened again.",
                    "Review the new version before deciding.")
                    : new M("REQUEST_AMENDED", "Amendment received (version " + f.requestVersion() + ") for " + patient,
                    "Your amendment of the request for " + patient + " was received and is being screened again.",
                    "Nothing is needed from you now. You will be told the new screening outcome.");
            case REQUEST_WITHDRAWN -> sponsor
                    ? new M("REQUEST_WITHDRAWN", "Request withdrawn for " + patient,
                    "The request for " + patient + " was withdrawn.",
                    "Stop work on " + onCase + "; nothing may be shipped for it.")
                    : new M("REQUEST_WITHDRAWN", "Request withdrawn for " + patient,
                    "Your request for " + patient + " was withdrawn.",
                    "Nothing more is needed. Submit a new request if treatment is still wanted.");
            case ELIGIBILITY_DETERMINED -> sponsor
                    ? new M("NEEDS_REVIEW", urgent + "Medical review needed for " + patient,
                    "Screening of " + onCase + " could not decide: some criteria need a medical judgement.",
                    "Open the screening result, judge the flagged criteria and record your decision"
                            + " (an override needs a written justification).")
                    : new M("ELIGIBILITY_DETERMINED", "Screening outcome for " + patient + ": " + f.outcome(),
                    "Screening of " + onCase + " against the program criteria gave " + f.outcome() + ".",
                    nextAfterOutcome(f.outcome()));
            case ELIGIBILITY_OVERRIDDEN -> sponsor
                    ? new M("ELIGIBILITY_OVERRIDDEN", "Screening outcome overridden for " + patient + ": " + f.outcome(),
                    "A medical reviewer changed the screening outcome of " + onCase + " from "
                            + f.automaticOutcome() + " to " + f.outcome() + ".",
                    "Continue triage with the new outcome; the written justification is in the audit trail.")
                    : new M("ELIGIBILITY_OVERRIDDEN", "Screening outcome changed for " + patient + ": " + f.outcome(),
                    "A medical reviewer changed the screening outcome of " + onCase + " from "
                            + f.automaticOutcome() + " to " + f.outcome() + ".",
                    nextAfterOutcome(f.outcome()));
            case CASE_OPENED -> new M("CASE_OPENED", "Case " + f.reference() + " opened for " + patient,
                    "Your request for " + patient + " is now case " + f.reference() + ".",
                    "Quote this reference when you contact the sponsor. You will be told of every status change.");
            case CASE_STATUS_CHANGED -> "INFO_REQUESTED".equals(f.newStatus())
                    ? new M("INFO_REQUESTED", "Information requested on " + onCase,
                    "The sponsor needs more information about the request for " + patient + ".",
                    "Open the case to see what is asked, then amend the request.")
                    : new M("CASE_STATUS_CHANGED", "Case " + f.reference() + " is now " + f.newStatus(),
                    onCase.substring(0, 1).toUpperCase() + onCase.substring(1) + " (" + patient + ") moved from "
                            + (f.oldStatus() != null ? f.oldStatus() : "new") + " to " + f.newStatus() + ".",
                    nextAfterStatus(f.newStatus()));
            case CASE_DEADLINE_APPROACHING -> deadline(f, sponsor, false, onCase, urgent);
            case CASE_DEADLINE_MISSED -> deadline(f, sponsor, true, onCase, urgent);
            case CASE_ADVERSE_EVENT_RECORDED -> adverseEvent(f, sponsor, onCase, patient);
        };
        return new Message(m.kind, m.title, m.whatHappened, m.whatNext, link, f.reference(), f.requestId(),
                f.emergencyUse());
    }

    private record M(String kind, String title, String whatHappened, String whatNext) {
    }

    private static String nextAfterOutcome(String outcome) {
        return switch (outcome == null ? "" : outcome) {
            case "ELIGIBLE" -> "Nothing is needed from you now: the sponsor's team reviews the request and you will be told the decision.";
            case "INELIGIBLE" -> "Read which criteria were not met in the screening result; amend the request if information was missing or wrong.";
            case "NEEDS_REVIEW" -> "A medical reviewer judges the flagged criteria; be ready to answer questions.";
            default -> "Open the case for the screening result.";
        };
    }

    private static String nextAfterStatus(String status) {
        return switch (status == null ? "" : status) {
            case "SUBMITTED", "SCREENING", "UNDER_REVIEW" -> "Nothing is needed from you now; you will be told the decision.";
            case "APPROVED" -> "Obtain IRB approval and the patient's informed consent, and submit Form FDA 3926 with the"
                    + " sponsor's Letter of Authorization.";
            case "DECLINED" -> "The case shows the sponsor's reason. Nothing more is needed unless you submit a new request.";
            case "AUTHORIZING" -> "Record the FDA and IRB dates on the case as they come.";
            case "READY_TO_SHIP" -> "Confirm your DEA Schedule I registration and secure storage for the delivery.";
            case "SHIPPED" -> "Record the receipt of the shipment on the case.";
            case "IN_TREATMENT" -> "Record each dosing session and report any adverse event promptly.";
            case "TREATMENT_COMPLETED" -> "Submit the treatment summary when it is due.";
            case "CLOSED", "WITHDRAWN" -> "Nothing more is needed.";
            default -> "Open the case for details.";
        };
    }

    private static M deadline(EventFacts f, boolean sponsor, boolean missed, String onCase, String urgent) {
        EventFacts.Deadline d = f.deadline();
        String what = d == null ? "a deadline" : DEADLINES.getOrDefault(d.kind(), d.kind());
        String due = d == null ? "" : " (due " + d.dueDate() + ")";
        String why = d == null ? "" : " Rule: " + d.rule() + " (" + d.source() + ").";
        String kind = missed ? "DEADLINE_MISSED" : "DEADLINE_APPROACHING";
        String title = urgent + (missed ? "Deadline missed on " : "Deadline approaching on ") + onCase + ": " + what;
        String happened = "The " + what + due + " on " + onCase + (missed ? " passed without being recorded." : " is near.")
                + why;
        String next;
        boolean physicianActs = d != null && d.physicianMustAct();
        if (!sponsor) {
            next = missed ? "Act now, record it on the case, and tell the sponsor why it was late."
                    : "Complete it and record it on the case by " + (d == null ? "the due date" : d.dueDate()) + ".";
        } else if (physicianActs) {
            next = missed ? "The physician has been told; escalate and follow up today."
                    : "The physician is responsible and has been told; follow up if nothing is recorded by the due date.";
        } else {
            next = missed ? "The sponsor is responsible: act now, record it, and document why it was late."
                    : "The sponsor is responsible: complete it and record it on the case before the due date.";
        }
        return new M(kind, title, happened, next);
    }

    private static M adverseEvent(EventFacts f, boolean sponsor, String onCase, String patient) {
        EventFacts.AdverseEvent ae = f.adverseEvent();
        StringBuilder nature = new StringBuilder();
        if (ae != null) {
            if (ae.fatalOrLifeThreatening()) {
                nature.append("fatal or life-threatening, ");
            }
            nature.append(ae.serious() ? "serious" : "not serious").append(", ")
                    .append(ae.unexpected() ? "unexpected" : "expected").append(", relation to the drug ")
                    .append(ae.relation());
        }
        String title = (ae != null && ae.serious() ? "Serious adverse event" : "Adverse event") + " recorded on " + onCase;
        String happened = "An adverse event of " + patient + " was recorded on " + onCase
                + (nature.isEmpty() ? "" : " (" + nature + ")") + ".";
        String next;
        if (sponsor) {
            next = ae != null && ae.safetyReportDueDate() != null
                    ? "Assess it and file the IND safety report by " + ae.safetyReportDueDate() + " (21 CFR 312.32(c))."
                    : "Assess causality; on the recorded facts no IND safety report is required.";
        } else {
            next = "Send follow-up information to the sponsor as it becomes available and record it on the case.";
        }
        return new M("ADVERSE_EVENT_RECORDED", title, happened, next);
    }
}
