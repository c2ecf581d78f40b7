package org.expandedaccess.cases.form3926;

import java.util.List;
import java.util.Optional;

/**
 * A draft of Form FDA 3926 for one case: every field 1-11 of the 08/22 edition, filled where the request
 * and the case allow. It is a draft for the physician to review, complete and sign, never a submission.
 *
 * @param edition       the form edition followed, {@value #EDITION} (the older 2016/2019 edition numbers its
 *                      fields differently, docs/regulatory/form-3926.md)
 * @param type          initial (4.a) or follow-up (4.b) submission
 * @param caseReference the case reference
 * @param fields        every field, in form order
 * @param unfilled      numbers of the fields this submission type completes that are still empty, in form
 *                      order (not-applicable fields are left out: see {@link Field#applicable()})
 */
public record Form3926Draft(String edition, SubmissionType type, String caseReference, List<Field> fields,
                            List<String> unfilled) {

    /** The edition this draft follows: FDA Form 3926, 08/22 (OMB 0910-0814). */
    public static final String EDITION = "FDA Form 3926 (08/22)";

    public Form3926Draft {
        fields = List.copyOf(fields);
        unfilled = List.copyOf(unfilled);
    }

    /** The field with this number ({@code "5.b"}), if the draft has one. */
    public Optional<Field> field(String number) {
        return fields.stream().filter(f -> f.number().equals(number)).findFirst();
    }
}
