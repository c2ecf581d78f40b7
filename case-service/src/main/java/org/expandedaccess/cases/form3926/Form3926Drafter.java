package org.expandedaccess.cases.form3926;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

import org.expandedaccess.cases.lifecycle.CaseStatus;
import org.expandedaccess.cases.treatment.PlannedSession;
import org.expandedaccess.cases.treatment.SessionPlan;
import org.expandedaccess.cases.treatment.TreatmentProgram;

import static org.expandedaccess.cases.form3926.ProgramFacts.DRUG;
import static org.expandedaccess.cases.form3926.ProgramFacts.INDICATION;
import static org.expandedaccess.cases.form3926.ProgramFacts.PROGRAM_ROUTE;
import static org.expandedaccess.cases.form3926.ProgramFacts.REASON_FOR_REQUEST;
import static org.expandedaccess.cases.form3926.ProgramFacts.SOURCE_EMERGENCY;
import static org.expandedaccess.cases.form3926.ProgramFacts.SOURCE_SUMMARY;
import static org.expandedaccess.cases.form3926.ProgramFacts.isProgram;
import static org.expandedaccess.cases.form3926.ProgramFacts.ptsdName;
import static org.expandedaccess.cases.form3926.Wording.NOT_GIVEN;
import static org.expandedaccess.cases.form3926.Wording.blank;
import static org.expandedaccess.cases.form3926.Wording.formatted;
import static org.expandedaccess.cases.form3926.Wording.hours;
import static org.expandedaccess.cases.form3926.Wording.join;
import static org.expandedaccess.cases.form3926.Wording.sentences;
import static org.expandedaccess.cases.form3926.Wording.text;
import static org.expandedaccess.cases.form3926.Wording.usDate;
import static org.expandedaccess.cases.form3926.Wording.words;

/**
 * Drafts Form FDA 3926, edition 08/22, fields 1-11 (docs/regulatory/form-3926.md; case-service issue 6, "Form FDA 3926
 * draft"), from intake's request JSON and the case's facts, so that the physician reviews and signs instead of
 * retyping. It never invents what only the physician can state (field 6 changes for toxicity, 9 contents of a
 * general follow-up, 10.b IRB review choice, 11 signature): those are left unfilled with the reason.
 *
 * <p>Initial or follow-up ({@link #submissionType(CaseFacts)}): FDA's form has the physician tick 4.a for an
 * initial submission, emergency use included, and 4.b for a follow-up to their existing IND. An initial
 * submission completes fields 1-8, 10 and 11; a follow-up 1-3, 4.b and 9-11 (form instructions, 08/22).
 *
 * <p>JSON paths read, all relative to the request's {@code content}:
 * {@code physician.{name, institution, address.{line1, line2, city, state, postalCode}, phone, fax, email,
 * specialty, license.{state, number}, dea.{registrationNumber, coversScheduleI}, qualificationStatement}},
 * {@code programId}, {@code patient.{initials, ageYears, sex, weightKg, allergies, race, ethnicity}},
 * {@code clinical.{diagnosisCode, conditionDurationMonths, caps5TotalScore, caps5AssessedOn,
 * seriousnessStatement, cssrsRisk, comorbidities[], medications[{name, dose}], reasonForRequest}},
 * {@code priorTreatments[{name, category, startDate, endDate, durationWeeks, sessions, outcome, note}]},
 * {@code alternatives.{noComparableAlternativeStatement, canEnrollInTrial, trialEnrollmentReason}},
 * {@code treatment.{initialDoseMg, supplementalDoseMg, dosingSessions, plannedStart, route,
 * toxicityModifications}}, {@code site.irb.{name, chairConcurrenceRequested}},
 * {@code emergency.{emergency, fdaPhoneAuthorizationDate, fdaIndNumber}}; and the request's top-level
 * {@code emergency}. {@code fax}, {@code race}/{@code ethnicity} (optional on the form),
 * {@code reasonForRequest}, {@code route}, {@code toxicityModifications} and {@code chairConcurrenceRequested}
 * are read if intake ever provides them.
 *
 * <p>Instances are immutable and thread-safe. Nothing is logged: the request holds patient data.
 */
public final class Form3926Drafter {

    private final TreatmentSection treatment;
    private final Clock clock;

    /** The MDMA-for-PTSD program and the system clock in the JVM's zone (for field 3 when no date is given). */
    public Form3926Drafter() {
        this(TreatmentProgram.mdmaPtsd(), Clock.systemDefaultZone());
    }

    /**
     * @param program the treatment program described in field 6
     * @param clock   gives "today" for field 3 when {@link CaseFacts#submissionDate()} is {@code null};
     *                its zone should be the sponsor's
     */
    public Form3926Drafter(TreatmentProgram program, Clock clock) {
        this.treatment = new TreatmentSection(program);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Follow-up (4.b) once the physician's IND number is known and the case is in a state reached only after
     * the initial submission ({@code AUTHORIZING} or later, {@code CaseStates}); initial (4.a) otherwise. One
     * exception: for emergency use FDA assigns the IND by telephone before anything is written, and the
     * written submission due within 15 working days (21 CFR 312.310(d)) is itself the initial submission; so
     * an emergency case whose {@link CaseFacts#emergencyWrittenSubmissionFiled()} is {@code FALSE} stays
     * initial. When that fact is unknown ({@code null}) the rule above applies and field 4.b says to check.
     */
    public static SubmissionType submissionType(CaseFacts facts) {
        return SubmissionSection.type(Objects.requireNonNull(facts, "facts"));
    }

    /** The draft of every field 1-11 for this case. */
    public Form3926Draft draft(Form3926Input input) {
        Objects.requireNonNull(input, "input");
        CaseFacts facts = Objects.requireNonNull(input.facts(), "facts");
        RequestReader request = new RequestReader(input.request());
        SubmissionType type = submissionType(facts);
        boolean initial = type == SubmissionType.INITIAL;
        boolean emergency = facts.emergency() || Boolean.TRUE.equals(request.bool("emergency.emergency"))
                || Boolean.TRUE.equals(request.rootBool("emergency"));

        List<Field> fields = new ArrayList<>();
        PhysicianSection.addTo(request, fields);
        fields.add(text(request, "2", "Patient's initials", "patient.initials"));
        SubmissionSection.addTo(facts, request, type, emergency, clock, fields);
        ClinicalSection.addTo(request, type, fields);
        treatment.addTo(request, facts, type, fields);
        if (initial) {
            fields.add(letterOfAuthorization(facts));
            fields.add(qualification(request));
            fields.add(Field.notApplicable("9", "Contents of follow-up submission",
                    "an initial submission does not complete field 9 (form instructions, 4.a)."));
        } else {
            notApplicableForFollowUp(fields);
            fields.add(followUpContents(facts));
        }
        fields.add(authorizationRequest(facts, request, initial, emergency));
        fields.add(irbReview(request));
        fields.add(Field.unfilled("11", "Certification and signature of the physician",
                "To be signed and dated by the physician; the system never signs or certifies."));

        List<String> unfilled = fields.stream().filter(f -> !f.filled() && f.applicable()).map(Field::number).toList();
        return new Form3926Draft(Form3926Draft.EDITION, type, facts.reference(), fields, unfilled);
    }

    // ---- fields 7 to 10 ------------------------------------------------------------------------------------

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

    private static void notApplicableForFollowUp(List<Field> fields) {
        String why = SubmissionSection.NOT_IN_FOLLOW_UP;
        String[][] skipped = {
                {"7", "Letter of Authorization (LOA) attached"}, {"8", "Physician qualification statement"}};
        for (String[] field : skipped) {
            fields.add(Field.notApplicable(field[0], field[1], why));
        }
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
