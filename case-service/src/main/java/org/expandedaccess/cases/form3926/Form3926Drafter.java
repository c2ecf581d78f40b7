package org.expandedaccess.cases.form3926;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.expandedaccess.cases.treatment.TreatmentProgram;

import static org.expandedaccess.cases.form3926.Wording.text;

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
 * <p>One package-private class drafts each section, in field order: {@code PhysicianSection} (1),
 * {@code SubmissionSection} (3, 4), {@code ClinicalSection} (5), {@code TreatmentSection} (6) and
 * {@code AuthorizationSection} (7-10); their wording is {@code Wording}'s, the program's facts {@code ProgramFacts}'.
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
        boolean emergency = facts.emergency() || Boolean.TRUE.equals(request.bool("emergency.emergency"))
                || Boolean.TRUE.equals(request.rootBool("emergency"));

        List<Field> fields = new ArrayList<>();
        PhysicianSection.addTo(request, fields);                                    // 1
        fields.add(text(request, "2", "Patient's initials", "patient.initials"));   // 2
        SubmissionSection.addTo(facts, request, type, emergency, clock, fields);    // 3, 4
        ClinicalSection.addTo(request, type, fields);                               // 5
        treatment.addTo(request, facts, type, fields);                              // 6
        AuthorizationSection.addTo(facts, request, type, emergency, fields);        // 7-10
        fields.add(Field.unfilled("11", "Certification and signature of the physician",
                "To be signed and dated by the physician; the system never signs or certifies."));

        List<String> unfilled = fields.stream().filter(f -> !f.filled() && f.applicable()).map(Field::number).toList();
        return new Form3926Draft(Form3926Draft.EDITION, type, facts.reference(), fields, unfilled);
    }
}
