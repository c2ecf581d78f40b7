package org.expandedaccess.portal.requests;

import org.expandedaccess.portal.requests.FormField.Option;
import org.expandedaccess.portal.requests.FormField.Type;

import java.util.List;

import static org.expandedaccess.portal.requests.FormField.area;
import static org.expandedaccess.portal.requests.FormField.date;
import static org.expandedaccess.portal.requests.FormField.decimal;
import static org.expandedaccess.portal.requests.FormField.number;
import static org.expandedaccess.portal.requests.FormField.select;
import static org.expandedaccess.portal.requests.FormField.text;
import static org.expandedaccess.portal.requests.FormField.yesNo;

/**
 * The guided request form: the sections of intake's request model (Form FDA 3926 fields 1, 2, 5, 6, 8
 * and what screening needs), in the order a physician fills them.
 */
public final class RequestForm {

    /** A section: its fields, then at most one list of rows (therapists, medications, prior treatments). */
    public record Section(String id, String title, String hint, List<FormField> fields, Rows rows, Checks checks) {
    }

    /**
     * Repeating rows, e.g. {@code priorTreatments[]}. {@code none} is the checkbox that says "none" (sends an
     * empty list) where an empty list is a valid answer.
     */
    public record Rows(String path, String title, String rowLabel, int minimum, int maximum, List<FormField> fields,
                       String noneLabel) {
    }

    /** Several checkboxes for one list of codes, with a "none of these" box. */
    public record Checks(String path, String label, String noneLabel, List<Option> options) {
    }

    public static final String NONE = "NONE";

    private static final Option[] STATES = java.util.stream.Stream.of(
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
            "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH",
            "OK", "OR", "PA", "PR", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY")
            .map(s -> new Option(s, s)).toArray(Option[]::new);

    public static final List<Section> SECTIONS = List.of(
            new Section("physician", "1. Treating physician", "Form FDA 3926 fields 1 and 8. The physician becomes the "
                    + "sponsor-investigator of the single-patient IND (21 CFR 312.310).", List.of(
                    text("physician.name", "Full name and degree", "As it will appear on Form 3926, e.g. Alice Anders, MD").auto("name"),
                    text("physician.npi", "NPI", "10-digit National Provider Identifier"),
                    text("physician.institution", "Institution", null).auto("organization"),
                    select("physician.address.state", "State", null, Type.STRING, STATES),
                    text("physician.address.line1", "Street address", null).auto("address-line1"),
                    text("physician.address.line2", "Address line 2", null).asOptional().auto("address-line2"),
                    text("physician.address.city", "City", null).auto("address-level2"),
                    text("physician.address.postalCode", "ZIP code", null).auto("postal-code"),
                    text("physician.phone", "Phone", null).tel(),
                    text("physician.email", "E-mail", null).email(),
                    select("physician.license.state", "Medical licence: state", null, Type.STRING, STATES),
                    text("physician.license.number", "Medical licence: number", null),
                    text("physician.dea.registrationNumber", "DEA registration number", "MDMA is Schedule I: "
                            + "the registration (DEA Form 225) must cover it"),
                    yesNo("physician.dea.coversScheduleI", "Does the DEA registration cover Schedule I?", null),
                    text("physician.specialty", "Specialty", null),
                    area("physician.qualificationStatement", "Qualification statement", "Form 3926 field 8: "
                            + "training and experience that qualify you to treat this patient")),
                    null, null),
            new Section("site", "2. Treatment site, IRB and therapists", "Two therapists attend every dosing session.",
                    List.of(
                            text("site.name", "Site name", null),
                            select("site.address.state", "State", null, Type.STRING, STATES),
                            text("site.address.line1", "Street address", null),
                            text("site.address.line2", "Address line 2", null).asOptional(),
                            text("site.address.city", "City", null),
                            text("site.address.postalCode", "ZIP code", null),
                            text("site.irb.name", "IRB name", "The institutional review board that reviews this use "
                                    + "(21 CFR 56)"),
                            text("site.irb.contactName", "IRB contact person", null),
                            text("site.irb.contactEmail", "IRB contact e-mail", null).email(),
                            text("site.irb.contactPhone", "IRB contact phone", null).asOptional().tel()),
                    new Rows("site.therapists", "Therapists", "Therapist", 2, 6, List.of(
                            text("site.therapists[].name", "Name", null),
                            text("site.therapists[].credentials", "Credentials", "e.g. PhD, licensed psychologist")),
                            null),
                    null),
            new Section("patient", "3. Patient", "Form 3926 fields 2 and 5. Initials and coded facts only: never the "
                    + "patient's name, date of birth or record number.", List.of(
                    text("patient.initials", "Patient's initials", "2 or 3 capital letters, e.g. JD"),
                    number("patient.ageYears", "Age (years)", null),
                    select("patient.sex", "Sex", null, Type.STRING, new Option("FEMALE", "Female"),
                            new Option("MALE", "Male"), new Option("OTHER", "Other")),
                    decimal("patient.weightKg", "Weight (kg)", null),
                    yesNo("patient.pregnancyPotential", "Is pregnancy possible?", null),
                    yesNo("patient.pregnant", "Is the patient pregnant?", "Needed when pregnancy is possible"),
                    yesNo("patient.lactating", "Is the patient breastfeeding?", null),
                    yesNo("patient.contraceptionInUse", "Is contraception in use?", "Needed when pregnancy is possible"),
                    text("patient.allergies", "Allergies", "Write \"none known\" if there are none"),
                    text("patient.race", "Race", "Optional (Form 3926 field 5)").asOptional(),
                    text("patient.ethnicity", "Ethnicity", "Optional (Form 3926 field 5)").asOptional()),
                    null, null),
            new Section("clinical", "4. Clinical information", "Form 3926 field 5: diagnosis, severity, risk and "
                    + "current medication.", List.of(
                    select("clinical.diagnosisCode", "Diagnosis (ICD-10-CM)", null, Type.STRING,
                            new Option("F43.10", "F43.10 Post-traumatic stress disorder, unspecified"),
                            new Option("F43.11", "F43.11 Post-traumatic stress disorder, acute"),
                            new Option("F43.12", "F43.12 Post-traumatic stress disorder, chronic")),
                    number("clinical.conditionDurationMonths", "How long has the condition lasted (months)?", null),
                    number("clinical.caps5TotalScore", "CAPS-5 total severity score", "0 to 80"),
                    date("clinical.caps5AssessedOn", "Date of the CAPS-5 assessment", null),
                    area("clinical.seriousnessStatement", "Why the condition is serious or immediately life-threatening",
                            "21 CFR 312.305(a)(1); \"serious\" means a substantial impact on day-to-day functioning"),
                    select("clinical.cssrsRisk", "Current suicide risk (C-SSRS)", null, Type.STRING,
                            new Option("NONE", "None"), new Option("LOW", "Low"), new Option("MODERATE", "Moderate"),
                            new Option("HIGH", "High"))),
                    new Rows("clinical.medications", "Current medications", "Medication", 1, 50, List.of(
                            text("clinical.medications[].name", "Name", null),
                            select("clinical.medications[].medicationClass", "Class", null, Type.STRING,
                                    new Option("SSRI", "SSRI"), new Option("SNRI", "SNRI"), new Option("MAOI", "MAOI"),
                                    new Option("STIMULANT", "Stimulant"), new Option("ANTIPSYCHOTIC", "Antipsychotic"),
                                    new Option("BENZODIAZEPINE", "Benzodiazepine"),
                                    new Option("OTHER_PSYCHIATRIC", "Other psychiatric"), new Option("OTHER", "Other")),
                            text("clinical.medications[].dose", "Dose", "e.g. 2 mg at night").asOptional()),
                            "The patient takes no medication"),
                    new Checks("clinical.comorbidities", "Comorbidities", "None of these", List.of(
                            new Option("PSYCHOTIC_DISORDER", "Psychotic disorder"), new Option("BIPOLAR_I", "Bipolar I disorder"),
                            new Option("DISSOCIATIVE_IDENTITY_DISORDER", "Dissociative identity disorder"),
                            new Option("EATING_DISORDER_WITH_PURGING", "Eating disorder with purging"),
                            new Option("SUBSTANCE_USE_DISORDER", "Current substance use disorder"),
                            new Option("UNCONTROLLED_HYPERTENSION", "Uncontrolled hypertension"),
                            new Option("ARRHYTHMIA", "Arrhythmia"), new Option("QTC_PROLONGATION", "QT/QTc prolongation"),
                            new Option("STROKE", "Stroke"),
                            new Option("OTHER_CARDIOVASCULAR_DISEASE", "Other cardiovascular disease"),
                            new Option("HEPATIC_IMPAIRMENT", "Hepatic impairment")))),
            new Section("priorTreatments", "5. Prior treatments", "Treatment resistance: adequate trials (medication 8 "
                    + "weeks or more, psychotherapy 8 sessions or more) that failed or were not tolerated.", List.of(),
                    new Rows("priorTreatments", "Prior treatments", "Treatment", 1, 50, List.of(
                            text("priorTreatments[].name", "Name", "e.g. sertraline, prolonged exposure"),
                            select("priorTreatments[].category", "Category", null, Type.STRING,
                                    new Option("SSRI", "SSRI"), new Option("SNRI", "SNRI"),
                                    new Option("OTHER_MEDICATION", "Other medication"),
                                    new Option("PROLONGED_EXPOSURE", "Prolonged exposure"),
                                    new Option("COGNITIVE_PROCESSING_THERAPY", "Cognitive processing therapy"),
                                    new Option("EMDR", "EMDR"), new Option("OTHER_PSYCHOTHERAPY", "Other psychotherapy")),
                            date("priorTreatments[].startDate", "Start date", null),
                            date("priorTreatments[].endDate", "End date", null).asOptional(),
                            number("priorTreatments[].durationWeeks", "Weeks taken", "Medication").asOptional(),
                            number("priorTreatments[].sessions", "Sessions", "Psychotherapy").asOptional(),
                            select("priorTreatments[].outcome", "Outcome", null, Type.STRING,
                                    new Option("NO_RESPONSE", "No response"), new Option("PARTIAL_RESPONSE", "Partial response"),
                                    new Option("NOT_TOLERATED", "Not tolerated"), new Option("RELAPSE", "Relapse"),
                                    new Option("RESPONSE", "Response (it worked)"), new Option("UNKNOWN", "Unknown")),
                            text("priorTreatments[].note", "Note", null).asOptional()),
                            null),
                    null),
            new Section("alternatives", "6. Alternatives and trials", "21 CFR 312.305(a)(1) and 312.310(a)(2).", List.of(
                    area("alternatives.noComparableAlternativeStatement", "Why no comparable or satisfactory alternative "
                            + "therapy exists", null),
                    yesNo("alternatives.canEnrollInTrial", "Can the patient enrol in an active MDMA trial?", null),
                    area("alternatives.trialEnrollmentReason", "Why the patient cannot enrol in a trial",
                            "Needed when the answer above is No")),
                    null, null),
            new Section("treatment", "7. Planned treatment", "Form 3926 field 6, as the program defines it: 80 or 120 mg, "
                    + "an optional half-dose supplement, up to 3 dosing sessions about a month apart.", List.of(
                    select("treatment.initialDoseMg", "Initial dose per dosing session", null, Type.INTEGER,
                            new Option("80", "80 mg"), new Option("120", "120 mg")),
                    select("treatment.supplementalDoseMg", "Supplemental half dose", "Optional, 1.5 to 2 hours after the "
                            + "initial dose", Type.INTEGER, new Option("40", "40 mg"), new Option("60", "60 mg")).asOptional(),
                    select("treatment.dosingSessions", "Number of dosing sessions", null, Type.INTEGER,
                            new Option("1", "1"), new Option("2", "2"), new Option("3", "3")),
                    date("treatment.plannedStart", "Planned start", null)),
                    null, null),
            new Section("emergency", "8. Emergency use", "21 CFR 312.310(d): an emergency request may be authorised by "
                    + "FDA by phone; the written submission follows within 15 working days.", List.of(
                    yesNo("emergency.emergency", "Is this an emergency?", null),
                    area("emergency.reason", "Why this is an emergency", "Needed for an emergency").asOptional(),
                    date("emergency.fdaPhoneAuthorizationDate", "Date of FDA's phone authorisation", "If FDA already "
                            + "authorised by phone").asOptional(),
                    text("emergency.fdaIndNumber", "IND number FDA assigned", "If FDA already authorised by phone").asOptional()),
                    null, null),
            new Section("attestations", "9. Attestations", "21 CFR 312.310(a)(1) and the program's conditions.", List.of(
                    yesNo("attestations.riskBenefitDetermination", "Is the probable risk from the drug not greater than "
                            + "the probable risk from the disease?", null),
                    yesNo("attestations.supportPersonAvailable", "Is a support person available?", null),
                    yesNo("attestations.overnightStayAgreed", "Does the patient agree to the overnight stay after each "
                            + "dosing session?", null)),
                    null, null));

    private RequestForm() {
    }
}
