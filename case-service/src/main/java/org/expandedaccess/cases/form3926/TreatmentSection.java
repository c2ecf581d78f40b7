package org.expandedaccess.cases.form3926;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import org.expandedaccess.cases.treatment.PlannedSession;
import org.expandedaccess.cases.treatment.SessionPlan;
import org.expandedaccess.cases.treatment.TreatmentProgram;

import static org.expandedaccess.cases.form3926.ProgramFacts.DRUG;
import static org.expandedaccess.cases.form3926.ProgramFacts.PROGRAM_ROUTE;
import static org.expandedaccess.cases.form3926.Wording.NOT_GIVEN;
import static org.expandedaccess.cases.form3926.Wording.blank;
import static org.expandedaccess.cases.form3926.Wording.hours;
import static org.expandedaccess.cases.form3926.Wording.usDate;

/**
 * Field 6 of Form FDA 3926, treatment information: drug and supplier from the case; dose, route, schedule,
 * duration and monitoring from the {@link TreatmentProgram} and the request; changes for toxicity from the
 * request only. Immutable.
 */
final class TreatmentSection {

    private final TreatmentProgram program;

    TreatmentSection(TreatmentProgram program) {
        this.program = Objects.requireNonNull(program, "program");
    }

    /** Fields 6.a to 6.h for an initial submission; for a follow-up, the same fields marked not applicable. */
    void addTo(RequestReader r, CaseFacts facts, SubmissionType type, List<Field> fields) {
        if (type == SubmissionType.FOLLOW_UP) {
            notApplicable(fields);
            return;
        }
        fields.add(blank(facts.drugName())
                ? Field.unfilled("6.a", "Investigational drug name", "Not recorded on the case.")
                : Field.filled("6.a", "Investigational drug name", facts.drugName(), "Case: drug of the program."));
        fields.add(blank(facts.supplier())
                ? Field.unfilled("6.b", "Name of the entity supplying the drug (generally the manufacturer)",
                "Not recorded on the case.")
                : Field.filled("6.b", "Name of the entity supplying the drug (generally the manufacturer)",
                facts.supplier(), "Case: the sponsor supplying the drug."));
        fields.add(dose(r));
        String route = r.text("treatment.route");
        fields.add(route != null
                ? Field.filled("6.d", "Route of administration", route, "Request: treatment.route.")
                : Field.filled("6.d", "Route of administration", PROGRAM_ROUTE,
                "Program default: oral capsules as in MAPP1 and MAPP2 (docs/regulatory/mdma-ptsd-program.md)."));
        TreatmentProgram planned = plannedProgram(r);
        fields.add(Field.filled("6.e", "Schedule of administration", schedule(planned), scheduleSource(r, planned)));
        fields.add(duration(r, planned));
        fields.add(Field.filled("6.g", "Monitoring procedures", monitoring(),
                "Program: " + TreatmentProgram.SOURCE_TRIALS + "; safety reporting 21 CFR 312.32."));
        String toxicity = r.text("treatment.toxicityModifications");
        fields.add(toxicity != null
                ? Field.filled("6.h", "Modifications to the treatment plan in the event of toxicity", toxicity,
                "Request: treatment.toxicityModifications.")
                : Field.unfilled("6.h", "Modifications to the treatment plan in the event of toxicity",
                "To be described by the physician; the request does not say."));
    }

    private Field dose(RequestReader r) {
        String label = "Dose";
        String initial = r.text("treatment.initialDoseMg");
        if (initial == null) {
            return Field.unfilled("6.c", label, NOT_GIVEN);
        }
        String supplemental = r.text("treatment.supplementalDoseMg");
        String value = "Initial dose " + initial + " mg " + DRUG + " at each dosing session"
                + (supplemental == null
                ? "; no supplemental dose planned."
                : ", with an optional supplemental dose of " + supplemental + " mg "
                + hours(program.supplementalWindowMinMinutes()) + "-" + hours(program.supplementalWindowMaxMinutes())
                + " hours (" + program.supplementalWindowMinMinutes() + "-" + program.supplementalWindowMaxMinutes()
                + " minutes) after the initial dose.")
                + " At most " + program.maxTotalDoseMgPerSession() + " mg per dosing session.";
        return Field.filled("6.c", label, value,
                "Request: treatment.initialDoseMg, treatment.supplementalDoseMg; window and maximum from the program ("
                        + TreatmentProgram.SOURCE_TRIALS + ").");
    }

    private TreatmentProgram plannedProgram(RequestReader r) {
        String sessions = r.text("treatment.dosingSessions");
        try {
            int n = sessions == null ? program.dosingSessions() : Integer.parseInt(sessions);
            return n >= 1 && n != program.dosingSessions() ? program.withDosingSessions(n) : program;
        } catch (NumberFormatException e) {
            return program;
        }
    }

    private String scheduleSource(RequestReader r, TreatmentProgram planned) {
        return "Program: " + TreatmentProgram.SOURCE_TRIALS
                + (r.text("treatment.dosingSessions") == null ? "" : "; number of dosing sessions from the request ("
                + "treatment.dosingSessions" + (planned.dosingSessions() == program.dosingSessions() ? "" :
                ", differs from the program's " + program.dosingSessions()) + ").");
    }

    private static String schedule(TreatmentProgram p) {
        return p.preparatorySessions() + " preparatory therapy sessions (about 90 minutes, no drug); "
                + p.dosingSessions() + " dosing sessions (6-8 hours each, followed by an overnight stay) about "
                + Math.round(p.dosingIntervalTargetDays() / 7.0) + " weeks apart ("
                + p.dosingIntervalMinDays() / 7 + "-" + p.dosingIntervalMaxDays() / 7 + " weeks allowed); "
                + p.integrationSessionsPerDosing() + " integration therapy sessions (about 90 minutes, no drug) after "
                + "each dosing session.";
    }

    private Field duration(RequestReader r, TreatmentProgram planned) {
        String label = "Planned duration of treatment";
        LocalDate start = r.date("treatment.plannedStart");
        List<PlannedSession> plan = SessionPlan.generate(start == null ? LocalDate.of(2000, 1, 3) : start, planned);
        LocalDate first = plan.get(0).targetDate();
        LocalDate last = plan.get(plan.size() - 1).targetDate();
        long weeks = Math.round(ChronoUnit.DAYS.between(first, last) / 7.0);
        String value = "About " + weeks + " weeks (" + plan.size() + " sessions)"
                + (start == null
                ? " from the first preparatory session; start date not yet planned."
                : ": from " + usDate(first) + " (planned start) to about " + usDate(last)
                + " (last integration session).");
        return Field.filled("6.f", label, value, "Session plan of the program (SessionPlan)"
                + (start == null ? "." : " from the request's treatment.plannedStart."));
    }

    private String monitoring() {
        return program.therapistsPerDosingSession() + " therapists attend each dosing session."
                + (program.vitalSignsDuringDosing()
                ? " Blood pressure, pulse and body temperature are measured during each dosing session." : "")
                + (program.cssrsAtEachVisit()
                ? " Suicide risk is assessed with the Columbia Suicide Severity Rating Scale (C-SSRS) at every visit." : "")
                + " The patient stays overnight after each dosing session, with a support person available."
                + " Adverse events are recorded and reported to FDA as IND safety reports (21 CFR 312.32).";
    }

    private static void notApplicable(List<Field> fields) {
        String[][] skipped = {
                {"6.a", "Investigational drug name"},
                {"6.b", "Name of the entity supplying the drug (generally the manufacturer)"}, {"6.c", "Dose"},
                {"6.d", "Route of administration"}, {"6.e", "Schedule of administration"},
                {"6.f", "Planned duration of treatment"}, {"6.g", "Monitoring procedures"},
                {"6.h", "Modifications to the treatment plan in the event of toxicity"}};
        for (String[] field : skipped) {
            fields.add(Field.notApplicable(field[0], field[1], SubmissionSection.NOT_IN_FOLLOW_UP));
        }
    }
}
