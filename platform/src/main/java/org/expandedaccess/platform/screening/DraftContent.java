package org.expandedaccess.platform.screening;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.util.List;

/**
 * A request draft as screening reads it: the parts of intake's request content (the body of
 * {@code POST /api/v1/requests}, e.g. docs/examples/complete-request.json) that decide eligibility, under the
 * draft's own names and types. Read from JSON, every other field of a draft (physician, site, treatment, emergency,
 * allergies, notes, ...) is ignored, so a whole draft is read as it is: intake converts its content to this, and
 * eligibility's pre-screen reads the body it is sent as this. Any value may be missing (it is a draft).
 * {@link ScreeningFacts#of(DraftContent)} turns it into the facts screening reads.
 *
 * @param programId the program the request is for; a draft may leave it out ({@link ScreeningFacts#DEFAULT_PROGRAM})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DraftContent(String programId, ScreeningFacts.Patient patient, Clinical clinical,
                           List<ScreeningFacts.PriorTreatment> priorTreatments, Alternatives alternatives,
                           ScreeningFacts.Attestations attestations) {

    /** Form 3926 field 5 as the draft holds it, with the physician's statement of why the condition is serious. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Clinical(String diagnosisCode, Integer conditionDurationMonths, Integer caps5TotalScore,
                           LocalDate caps5AssessedOn, String seriousnessStatement, String cssrsRisk,
                           List<String> comorbidities, List<ScreeningFacts.Medication> medications) {
    }

    /** The physician's statements for 21 CFR 312.305(a)(1) and 312.310(a)(2), as written. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Alternatives(String noComparableAlternativeStatement, Boolean canEnrollInTrial,
                               String trialEnrollmentReason) {
    }
}
