package org.expandedaccess.cases.form3926;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.expandedaccess.cases.form3926.ProgramFacts.SOURCE_EMERGENCY;
import static org.expandedaccess.cases.form3926.Wording.blank;
import static org.expandedaccess.cases.form3926.Wording.usDate;

/**
 * Fields 3 and 4 of Form FDA 3926: the date of submission, and whether it is an initial submission (4.a) or a
 * follow-up to the physician's IND (4.b), which decides the fields the rest of the form completes.
 */
final class SubmissionSection {

    /** Why a follow-up leaves fields 5-8 empty. */
    static final String NOT_IN_FOLLOW_UP = "a follow-up submission does not complete fields 5-8 (form instructions, 4.b).";

    private SubmissionSection() {
    }

    /** The rule of {@link Form3926Drafter#submissionType(CaseFacts)}. */
    static SubmissionType type(CaseFacts facts) {
        boolean indKnown = !blank(facts.physicianIndNumber());
        boolean afterInitial = CaseStates.afterInitialSubmission(facts.caseStatus());
        if (!indKnown || !afterInitial) {
            return SubmissionType.INITIAL;
        }
        if (facts.emergency() && Boolean.FALSE.equals(facts.emergencyWrittenSubmissionFiled())) {
            return SubmissionType.INITIAL;
        }
        return SubmissionType.FOLLOW_UP;
    }

    /** Fields 3, 4.a and 4.b; {@code clock} gives the date when the case has none. */
    static void addTo(CaseFacts facts, RequestReader r, SubmissionType type, boolean emergency, Clock clock,
                      List<Field> fields) {
        fields.add(date(facts, clock));
        box(facts, r, type, emergency, fields);
    }

    private static Field date(CaseFacts facts, Clock clock) {
        String label = "Date of submission (mm/dd/yyyy)";
        if (facts.submissionDate() != null) {
            return Field.filled("3", label, usDate(facts.submissionDate()), "Case: the date the form is for.");
        }
        return Field.filled("3", label, usDate(LocalDate.now(clock)),
                "Date of this draft; change it if the form is sent on another day.");
    }

    private static void box(CaseFacts facts, RequestReader r, SubmissionType type, boolean emergency,
                            List<Field> fields) {
        String drug = facts.drugName();
        if (type == SubmissionType.INITIAL) {
            String ind = !blank(facts.physicianIndNumber()) ? facts.physicianIndNumber() : r.text("emergency.fdaIndNumber");
            String value = "Checked: initial submission for an individual patient expanded access IND"
                    + (emergency ? " (emergency use)" : "") + "."
                    + (ind == null ? "" : " Physician's IND number (issued by FDA): " + ind + ".");
            String note = ind == null
                    ? "Chosen from the case: no physician IND number is known yet, or the initial submission is not made."
                    : "Chosen from the case; the IND number is the physician's own, issued by FDA"
                    + (emergency ? " with the telephone authorisation (" + SOURCE_EMERGENCY + ")." : ".");
            fields.add(Field.filled("4.a", "Initial submission", value, note));
            fields.add(Field.notApplicable("4.b", "Follow-up submission (investigational drug name, physician's IND number)",
                    "this is an initial submission."));
            return;
        }
        fields.add(Field.notApplicable("4.a", "Initial submission", "this is a follow-up submission."));
        String value = "Checked: follow-up submission to an existing individual patient expanded access IND."
                + " Investigational drug name: " + (blank(drug) ? "[not recorded on the case]" : drug) + "."
                + " Physician's IND number: " + facts.physicianIndNumber() + ".";
        String note = "Chosen from the case: the physician's IND number is known and the case is "
                + facts.caseStatus().name() + ".";
        if (facts.emergency() && facts.emergencyWrittenSubmissionFiled() == null) {
            note += " Emergency use: if the written submission due within 15 working days of the telephone "
                    + "authorisation (" + SOURCE_EMERGENCY + ") has not been filed yet, file an initial submission "
                    + "(4.a) with this IND number instead.";
        }
        fields.add(Field.filled("4.b", "Follow-up submission (investigational drug name, physician's IND number)",
                value, note));
    }
}
