package org.expandedaccess.cases.form3926;

import java.time.LocalDate;

import org.expandedaccess.cases.lifecycle.CaseStatus;

/**
 * What the case (rather than the request) knows for the Form FDA 3926 draft.
 *
 * @param reference           the case reference shown on the draft (no patient data)
 * @param caseStatus          the case state; {@code null} if unknown, which drafts an initial submission
 * @param emergency           whether this is emergency use, 21 CFR 312.310(d)
 * @param physicianIndNumber  the physician's own IND number assigned by FDA, {@code null} if not yet known
 *                            (not the sponsor's IND)
 * @param loaReference        reference of the sponsor's Letter of Authorization, {@code null} if none recorded
 * @param loaDate             date of the LOA, {@code null} if unknown
 * @param submissionDate      the date the form is for (field 3); {@code null} means today
 * @param drugName            investigational drug name for fields 4.b and 6
 * @param supplier            the entity that supplies the drug (generally the manufacturer), field 6
 * @param emergencyWrittenSubmissionFiled for emergency use only: whether the written submission due within
 *                            15 working days of FDA's telephone authorisation (21 CFR 312.310(d)) has been
 *                            filed. {@code FALSE} keeps the draft an initial submission even though FDA has
 *                            already assigned the IND by phone; {@code null} means unknown (see
 *                            {@link Form3926Drafter#submissionType(CaseFacts)})
 */
public record CaseFacts(String reference, CaseStatus caseStatus, boolean emergency, String physicianIndNumber,
                        String loaReference, LocalDate loaDate, LocalDate submissionDate, String drugName,
                        String supplier, Boolean emergencyWrittenSubmissionFiled) {

    /** The facts without knowing whether an emergency written submission was filed. */
    public CaseFacts(String reference, CaseStatus caseStatus, boolean emergency, String physicianIndNumber,
                     String loaReference, LocalDate loaDate, LocalDate submissionDate, String drugName, String supplier) {
        this(reference, caseStatus, emergency, physicianIndNumber, loaReference, loaDate, submissionDate, drugName,
                supplier, null);
    }
}
