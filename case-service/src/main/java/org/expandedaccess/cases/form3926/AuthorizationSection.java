package org.expandedaccess.cases.form3926;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.expandedaccess.cases.lifecycle.CaseStatus;

import static org.expandedaccess.cases.form3926.ProgramFacts.SOURCE_EMERGENCY;
import static org.expandedaccess.cases.form3926.ProgramFacts.SOURCE_SUMMARY;
import static org.expandedaccess.cases.form3926.Wording.NOT_GIVEN;
import static org.expandedaccess.cases.form3926.Wording.blank;
import static org.expandedaccess.cases.form3926.Wording.join;
import static org.expandedaccess.cases.form3926.Wording.sentences;
import static org.expandedaccess.cases.form3926.Wording.usDate;

/**
 * Fields 7 to 10 of Form FDA 3926: the Letter of Authorization, the physician's qualification statement, the
 * contents of a follow-up, and the request to use the form with the IRB review choice (10.b).
 */
final class AuthorizationSection {

    private AuthorizationSection() {
    }

    /**
     * Fields 7 to 10.b: for an initial submission the LOA (7) and the qualification statement (8), field 9 not
     * applicable; for a follow-up 7 and 8 not applicable and the contents (9); for both the request to use the
     * form (10.a) and the IRB review choice (10.b).
     */
    static void addTo(CaseFacts facts, RequestReader r, SubmissionType type, boolean emergency, List<Field> fields) {
        boolean initial = type == SubmissionType.INITIAL;
        if (initial) {
            fields.add(letterOfAuthorization(facts));
            fields.add(qualification(r));
            fields.add(Field.notApplicable("9", "Contents of follow-up submission",
                    "an initial submission does not complete field 9 (form instructions, 4.a)."));
        } else {
            String why = SubmissionSection.NOT_IN_FOLLOW_UP;
            fields.add(Field.notApplicable("7", "Letter of Authorization (LOA) attached", why));
            fields.add(Field.notApplicable("8", "Physician qualification statement", why));
            fields.add(followUpContents(facts));
        }
        fields.add(authorizationRequest(facts, r, initial, emergency));
        fields.add(irbReview(r));
    }

    private static Field letterOfAuthorization(CaseFacts facts) {
        String label = "Letter of Authorization (LOA) attached";
        if (blank(facts.loaReference())) {
            return Field.unfilled("7", label,
                    "No LOA recorded on the case yet; attach the sponsor's LOA (docs/regulatory/expanded-access.md).");
        }
        String value = "Checked: LOA attached (reference " + facts.loaReference()
                + (facts.loaDate() == null ? "" : ", dated " + usDate(facts.loaDate()))
                + (blank(facts.supplier()) ? "" : ", from " + facts.supplier()) + ").";
        return Field.filled("7", label, value, "Case: LOA recorded on the case; attach the letter itself.");
    }

    private static Field qualification(RequestReader r) {
        String label = "Physician qualification statement";
        String statement = r.text("physician.qualificationStatement");
        if (statement == null) {
            return Field.unfilled("8", label, NOT_GIVEN);
        }
        List<String> parts = new ArrayList<>();
        parts.add(statement);
        String specialty = r.text("physician.specialty");
        if (specialty != null) {
            parts.add("Specialty: " + specialty);
        }
        String license = join(" ", r.text("physician.license.state"), r.text("physician.license.number"));
        if (!license.isEmpty()) {
            parts.add("Medical license: " + license);
        }
        String dea = r.text("physician.dea.registrationNumber");
        if (dea != null) {
            parts.add("DEA registration: " + dea
                    + (Boolean.TRUE.equals(r.bool("physician.dea.coversScheduleI")) ? " (covers Schedule I)" : ""));
        }
        return Field.filled("8", label, sentences(parts),
                "Request: physician.qualificationStatement, specialty, license, dea.");
    }

    private static Field followUpContents(CaseFacts facts) {
        String label = "Contents of follow-up submission";
        CaseStatus status = facts.caseStatus();
        if (CaseStates.afterTreatment(status)) {
            return Field.filled("9", label, "Checked: summary of expanded access use (treatment completed): written "
                            + "summary of the results of the expanded access use, including adverse effects, "
                            + SOURCE_SUMMARY + ".",
                    "Chosen from the case state " + status.name() + "; attach the summary.");
        }
        return Field.unfilled("9", label, "To be chosen by the physician, for example an IND safety report "
                + "(21 CFR 312.32), an annual report (21 CFR 312.33), a change in the treatment plan, or general "
                + "correspondence.");
    }

    private static Field authorizationRequest(CaseFacts facts, RequestReader r, boolean initial, boolean emergency) {
        String value = "Checked: request for authorisation to use Form FDA 3926 for this individual patient "
                + "expanded access IND.";
        String note = "The system ticks this for every draft; the physician confirms by signing field 11.";
        if (initial && emergency) {
            LocalDate byPhone = r.date("emergency.fdaPhoneAuthorizationDate");
            value += " Emergency use: FDA authorised the use by telephone"
                    + (byPhone == null ? "" : " on " + usDate(byPhone))
                    + "; this written submission is due within 15 working days of that authorisation ("
                    + SOURCE_EMERGENCY + ").";
            note += " Emergency use from the case" + (byPhone == null ? "" : " and request emergency.fdaPhoneAuthorizationDate")
                    + " (" + SOURCE_EMERGENCY + ").";
        }
        return Field.filled("10.a", "Request for authorisation to use Form FDA 3926", value, note);
    }

    private static Field irbReview(RequestReader r) {
        String label = "Request for review by the IRB chair or a designated IRB member instead of the convened IRB";
        Boolean requested = r.bool("site.irb.chairConcurrenceRequested");
        String irb = r.text("site.irb.name");
        String ofIrb = irb == null ? "" : " (IRB: " + irb + ")";
        if (requested == null) {
            return Field.unfilled("10.b", label, "The physician's choice: tick to ask that the IRB chair or a designated "
                    + "member, instead of the convened board, review this use" + ofIrb
                    + " (21 CFR 56.105 waiver; FDA guidance on IRB review of individual patient expanded access, 2023).");
        }
        return Field.filled("10.b", label, requested
                        ? "Checked: review by the IRB chair or a designated member requested" + ofIrb + "."
                        : "Not checked: the convened IRB reviews this use" + ofIrb + ".",
                "Request: site.irb.chairConcurrenceRequested.");
    }
}
