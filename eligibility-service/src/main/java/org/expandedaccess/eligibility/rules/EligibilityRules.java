package org.expandedaccess.eligibility.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates a request against a program definition. Outcome logic (issue 4): any exclusion met or
 * any inclusion not met gives INELIGIBLE; otherwise any needs-review criterion met or any criterion
 * UNKNOWN gives NEEDS_REVIEW; otherwise ELIGIBLE. Pure: no state, no I/O, no logging.
 */
public final class EligibilityRules {

    public Evaluation evaluate(ProgramDefinition program, ScreeningInput input) {
        ScreeningInput in = input != null ? input : new ScreeningInput(null, null, null, null, null);
        List<CriterionResult> results = new ArrayList<>();
        for (Criterion c : program.criteria()) {
            Verdict v = c.check().evaluate(in);
            results.add(new CriterionResult(c.id(), c.description(), c.kind(), v.status(), v.evidence(),
                    v.explanation(), c.source()));
        }
        List<String> ineligibleBy = new ArrayList<>();
        List<String> reviewBy = new ArrayList<>();
        for (CriterionResult r : results) {
            boolean blocks = r.kind() == CriterionKind.EXCLUSION && r.status() == CriterionStatus.MET
                    || r.kind() == CriterionKind.INCLUSION && r.status() == CriterionStatus.NOT_MET;
            if (blocks) {
                ineligibleBy.add(r.id());
            } else if (r.status() == CriterionStatus.UNKNOWN
                    || r.kind() == CriterionKind.NEEDS_REVIEW && r.status() == CriterionStatus.MET) {
                reviewBy.add(r.id());
            }
        }
        Outcome outcome;
        List<String> deciding;
        if (!ineligibleBy.isEmpty()) {
            outcome = Outcome.INELIGIBLE;
            deciding = ineligibleBy;
        } else if (!reviewBy.isEmpty()) {
            outcome = Outcome.NEEDS_REVIEW;
            deciding = reviewBy;
        } else {
            outcome = Outcome.ELIGIBLE;
            deciding = List.of();
        }
        return new Evaluation(program.id(), program.version(), outcome, List.copyOf(deciding), List.copyOf(results));
    }
}
