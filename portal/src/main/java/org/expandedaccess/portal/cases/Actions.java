package org.expandedaccess.portal.cases;

import org.expandedaccess.portal.api.CaseApi;
import org.expandedaccess.portal.web.Viewer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The actions a case page offers this viewer now: the moves the case API lists as allowed for the caller,
 * the gates its role records, and the records its role keeps (sessions, adverse events, reports).
 */
public record Actions(List<ActionForm> transitions, List<ActionForm> gates, boolean assign, boolean note,
                      boolean session, boolean adverseEvent, boolean safetyReport, Set<String> deadlinesToMeet,
                      boolean readOnly) {

    public record Option(String value, String label) {
    }

    /** One input of an action form, named by its JSON path in the case API's body. */
    public record ActionField(String path, String label, String widget, String hint, boolean optional,
                              List<Option> options) {

        public String id(String form) {
            return form + "-" + path.replace('.', '-').replace("[", "-").replace("]", "");
        }
    }

    public record ActionForm(String id, String key, String title, String button, String help,
                             List<ActionField> fields, boolean danger) {
    }

    private static final Set<String> FINISHED = Set.of("CLOSED", "DECLINED", "WITHDRAWN");
    private static final Set<String> PHYSICIAN_DEADLINES = Set.of("EMERGENCY_WRITTEN_SUBMISSION",
            "IRB_EMERGENCY_NOTICE", "ANNUAL_REPORT");

    public static Actions of(CaseApi.CaseDetail d, Viewer viewer, boolean gatesOpen, boolean afterShipment) {
        String status = d.summary().status();
        boolean finished = FINISHED.contains(status);
        List<ActionForm> moves = new ArrayList<>();
        for (String to : order(d.allowedTransitions())) {
            ActionForm f = transition(to, d.summary().status());
            if (f != null) {
                moves.add(f);
            }
        }
        List<ActionForm> gates = new ArrayList<>();
        if (gatesOpen && !viewer.auditor()) {
            for (CaseApi.Gate g : d.gates() == null ? List.<CaseApi.Gate>of() : d.gates()) {
                boolean mine = g.recordedByRoles() != null && g.recordedByRoles().stream().anyMatch(r ->
                        (r.equals(Viewer.PHYSICIAN) && viewer.physician())
                                || (r.equals(Viewer.TRIAGER) && viewer.staff())
                                || (r.equals(Viewer.REVIEWER) && viewer.reviewer()));
                if (mine && !g.satisfied()) {
                    gates.add(gate(g, d.summary().emergency()));
                }
            }
        }
        Set<String> meet = new java.util.HashSet<>();
        if (d.deadlines() != null) {
            for (CaseApi.Deadline dl : d.deadlines()) {
                boolean open = "OPEN".equals(dl.status()) || "OVERDUE".equals(dl.status());
                boolean physicians = "PHYSICIAN".equals(dl.responsible()) && viewer.physician();
                if (open && physicians && PHYSICIAN_DEADLINES.contains(dl.kind())) {
                    meet.add(dl.id().toString());
                }
            }
        }
        boolean recordsAe = (viewer.physician() || viewer.reviewer()) && afterShipment;
        return new Actions(moves, gates, viewer.staff() && !finished, viewer.staff() && !finished,
                viewer.physician() && "IN_TREATMENT".equals(status), recordsAe, recordsAe, meet,
                viewer.auditor() && !viewer.staff() && !viewer.physician());
    }

    private static List<String> order(Set<String> allowed) {
        List<String> order = List.of("UNDER_REVIEW", "APPROVED", "INFO_REQUESTED", "DECLINED", "SHIPPED", "IN_TREATMENT",
                "TREATMENT_COMPLETED", "CLOSED");
        return allowed == null ? List.of() : order.stream().filter(allowed::contains).toList();
    }

    private static ActionField f(String path, String label, String widget, String hint, boolean optional,
                                 Option... options) {
        return new ActionField(path, label, widget, hint, optional, List.of(options));
    }

    private static ActionForm transition(String to, String from) {
        String id = "t-" + to;
        return switch (to) {
            case "UNDER_REVIEW" -> new ActionForm(id, to, "Send to review", "Send to review",
                    "Override the screening and review the request anyway.",
                    List.of(f("reason", "Reason", "textarea", null, false)), false);
            case "APPROVED" -> new ActionForm(id, to, "Approve with the letter of authorization", "Approve",
                    "Approval issues the LOA that lets FDA refer to the sponsor's IND (21 CFR 312.310).",
                    List.of(f("loa.reference", "LOA reference", "text", "e.g. EA-LOA-0042", false),
                            f("loa.issuedOn", "LOA issued on", "date", null, false),
                            f("reason", "Note for the record", "textarea", null, true)), false);
            case "INFO_REQUESTED" -> new ActionForm(id, to, "Request information", "Request information",
                    "The physician is asked to amend the request.",
                    List.of(f("reason", "What is needed", "textarea", null, false)), false);
            case "DECLINED" -> new ActionForm(id, to, "Decline", "Decline", "The case ends; the physician is told why.",
                    List.of(f("reason", "Reason", "textarea", null, false)), true);
            case "SHIPPED" -> new ActionForm(id, to, "Ship the drug", "Record the shipment",
                    "Every gate is satisfied: record what was shipped.",
                    List.of(f("shipment.lot", "Lot", "text", null, false),
                            f("shipment.quantity", "Quantity (capsules)", "number", null, false),
                            f("shipment.trackingReference", "Tracking reference", "text", null, false),
                            f("shipment.shippedOn", "Shipped on", "date", "Defaults to today", true)), false);
            case "IN_TREATMENT" -> new ActionForm(id, to, "Start treatment", "Start treatment",
                    "The session plan is generated from the start date.",
                    List.of(f("treatmentStartedOn", "Treatment started on", "date", null, false)), false);
            case "TREATMENT_COMPLETED" -> new ActionForm(id, to, "Complete treatment", "Complete treatment",
                    "After the last dosing session; a written summary to FDA follows (21 CFR 312.310(c)(2)).",
                    List.of(f("treatmentCompletedOn", "Completed on", "date",
                                    "Defaults to today; not before the last recorded session", true),
                            f("earlyEndReason", "Reason for ending early", "textarea",
                                    "Needed when not every planned dosing session is recorded", true)), false);
            case "CLOSED" -> new ActionForm(id, to, "Close the case", "Close",
                    "The physician filed the written treatment summary with FDA.",
                    List.of(f("summary.submittedOn", "Summary submitted on", "date", null, false),
                            f("summary.reference", "Summary reference", "text", "e.g. IND 123456 SN 0004", false)), false);
            default -> null;
        };
    }

    private static ActionForm gate(CaseApi.Gate g, boolean emergency) {
        String key = g.gate().toLowerCase(Locale.ROOT);
        String id = "gate-" + key;
        return switch (g.gate()) {
            case "LOA" -> new ActionForm(id, key, "Letter of authorization", "Record the LOA", g.explanation(),
                    List.of(f("reference", "LOA reference", "text", null, false),
                            f("issuedOn", "Issued on", "date", null, false)), false);
            case "FDA" -> {
                List<Option> routes = new ArrayList<>(List.of(
                        new Option("SUBMITTED", "IND received by FDA (in effect 30 days later)"),
                        new Option("MAY_PROCEED_NOTICE", "FDA's may-proceed notice")));
                if (emergency) {
                    routes.add(new Option("EMERGENCY_AUTHORIZATION", "Emergency authorisation by phone"));
                }
                yield new ActionForm(id, key, "FDA", "Record FDA", g.explanation(), List.of(
                        new ActionField("route", "How FDA allowed treatment", "select", null, false, routes),
                        f("receivedByFdaOn", "FDA received the IND on", "date", "Always for an IND sent to FDA", true),
                        f("noticeOn", "Date of the may-proceed notice", "date", null, true),
                        f("authorizedOn", "Date of the phone authorisation", "date", null, true),
                        f("indNumber", "IND number FDA assigned", "text", null, false)), false);
            }
            case "IRB" -> {
                List<Option> routes = new ArrayList<>(List.of(new Option("CONVENED_BOARD", "Convened board approval"),
                        new Option("CHAIR_CONCURRENCE", "Chair or designated member concurrence (3926 field 10.b)")));
                if (emergency) {
                    routes.add(new Option("EMERGENCY_USE_NOTICE", "Emergency use: notify the IRB within 5 working days"));
                }
                yield new ActionForm(id, key, "IRB", "Record the IRB", g.explanation(), List.of(
                        new ActionField("route", "IRB route", "select", null, false, routes),
                        f("approvedOn", "Approved on", "date", null, true),
                        f("reference", "IRB reference", "text", null, true)), false);
            }
            case "CONSENT" -> new ActionForm(id, key, "Informed consent", "Record consent", g.explanation(),
                    List.of(f("signedOn", "Consent signed on", "date", "21 CFR 50", false)), false);
            case "DEA" -> new ActionForm(id, key, "DEA Schedule I registration", "Record DEA verification",
                    g.explanation(), List.of(
                    f("registrationNumber", "DEA registration number", "text", null, false),
                    f("scheduleI", "The registration covers Schedule I (DEA Form 225)", "checkbox", null, false),
                    f("storageSite", "Storage site", "text", "Where the drug is kept locked (21 CFR 1301.75)", false),
                    f("verifiedOn", "Verified on", "date", null, false)), false);
            default -> new ActionForm(id, key, g.title(), "Record", g.explanation(), List.of(), false);
        };
    }

    public ActionForm sessionForm() {
        return new ActionForm("session", "session", "Record a session", "Record the session",
                "Doses, the two therapists, vital signs during dosing and C-SSRS at each visit; deviations from the "
                        + "program are flagged, never refused.", List.of(
                new ActionField("type", "Session type", "select", null, false, List.of(
                        new Option("PREPARATORY", "Preparatory"), new Option("DOSING", "Dosing"),
                        new Option("INTEGRATION", "Integration"))),
                f("number", "Session number", "number", "1, 2 or 3 within its type", false),
                f("date", "Date", "date", null, false),
                new ActionField("dose.initialMg", "Initial dose", "select", "Dosing sessions", true,
                        List.of(new Option("80", "80 mg"), new Option("120", "120 mg"))),
                f("dose.initialAt", "Initial dose at", "time", null, true),
                new ActionField("dose.supplementalMg", "Supplemental dose", "select", null, true,
                        List.of(new Option("40", "40 mg"), new Option("60", "60 mg"))),
                f("dose.supplementalAt", "Supplemental dose at", "time", null, true),
                f("therapists[0]", "Therapist 1", "text", null, false),
                f("therapists[1]", "Therapist 2", "text", null, false),
                f("vitalSigns[0].takenAt", "Vital signs taken at", "time", "Dosing sessions", true),
                f("vitalSigns[0].systolic", "Systolic (mmHg)", "number", null, true),
                f("vitalSigns[0].diastolic", "Diastolic (mmHg)", "number", null, true),
                f("vitalSigns[0].pulse", "Pulse (per minute)", "number", null, true),
                f("vitalSigns[0].temperatureC", "Temperature (°C)", "text", null, true),
                new ActionField("cssrs", "C-SSRS result", "select", null, false, List.of(new Option("NONE", "None"),
                        new Option("LOW", "Low"), new Option("MODERATE", "Moderate"), new Option("HIGH", "High"))),
                f("notes", "Notes", "textarea", null, true)), false);
    }

    public ActionForm adverseEventForm() {
        List<Option> yesNo = List.of(new Option("true", "Yes"), new Option("false", "No"));
        return new ActionForm("ae", "ae", "Record an adverse event", "Record the adverse event",
                "A serious, unexpected suspected adverse reaction opens an IND safety report deadline: 7 calendar days "
                        + "if fatal or life-threatening, otherwise 15 (21 CFR 312.32(c)).", List.of(
                f("description", "What happened", "textarea", "Stays in the case service; never sent in notifications",
                        false),
                f("onsetDate", "Onset date", "date", null, false),
                f("awareDate", "Date you became aware", "date", null, false),
                new ActionField("serious", "Serious?", "select", null, false, yesNo),
                new ActionField("unexpected", "Unexpected (not in the investigator brochure)?", "select", null, false,
                        yesNo),
                new ActionField("fatalOrLifeThreatening", "Fatal or life-threatening?", "select", null, false, yesNo),
                new ActionField("relation", "Relation to the drug", "select", null, false, List.of(
                        new Option("NOT_RELATED", "Not related"), new Option("UNLIKELY", "Unlikely"),
                        new Option("POSSIBLE", "Possible"), new Option("PROBABLE", "Probable"),
                        new Option("DEFINITE", "Definite"))),
                new ActionField("outcome", "Outcome", "select", null, false, List.of(
                        new Option("RECOVERED", "Recovered"), new Option("RECOVERING", "Recovering"),
                        new Option("NOT_RECOVERED", "Not recovered"),
                        new Option("RECOVERED_WITH_SEQUELAE", "Recovered with sequelae"), new Option("FATAL", "Fatal"),
                        new Option("UNKNOWN", "Unknown")))), false);
    }

    public ActionForm reportForm(String eventId) {
        return new ActionForm("report-" + eventId, eventId, "Record the safety report sent to FDA", "Record the report",
                null, List.of(f("submittedOn", "Submitted on", "date", null, false),
                f("reference", "Reference", "text", "e.g. IND 123456 SN 0007", false)), false);
    }

    public ActionForm metForm(String deadlineId) {
        return new ActionForm("met-" + deadlineId, deadlineId, "Mark as done", "Mark as done", null, List.of(
                f("metOn", "Done on", "date", null, false),
                f("note", "Reference", "text", "e.g. Form 3926 and LOA sent to FDA, SN 0001", false)), false);
    }
}
