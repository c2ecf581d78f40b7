package org.expandedaccess.eligibility.rules;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntPredicate;

/** What {@link AtLeast} and {@link LessThan} share: one numeric fact compared with a bound, UNKNOWN when not given. */
final class NumericFact {

    private NumericFact() {
    }

    /**
     * @param metWhen   holds for the fact's {@code compareTo} the bound when the criterion is MET
     * @param ifMet     the explanation's words between value and bound when MET, e.g. {@code " is at least "}
     * @param ifNotMet  the same when NOT_MET
     */
    static Verdict compare(ScreeningInput in, String fact, BigDecimal bound, IntPredicate metWhen, String ifMet,
                           String ifNotMet) {
        Object value = Facts.read(in, fact);
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put(fact, value);
        if (value == null) {
            return new Verdict(CriterionStatus.UNKNOWN, evidence, fact + " is not given");
        }
        boolean met = metWhen.test(new BigDecimal(value.toString()).compareTo(bound));
        return new Verdict(met ? CriterionStatus.MET : CriterionStatus.NOT_MET, evidence,
                fact + " " + value + (met ? ifMet : ifNotMet) + bound.toPlainString());
    }
}
