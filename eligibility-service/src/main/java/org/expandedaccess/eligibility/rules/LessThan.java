package org.expandedaccess.eligibility.rules;

import java.math.BigDecimal;

/** Rule {@code lessThan} {fact, limit}: MET when the numeric fact is below the limit. */
public record LessThan(String fact, BigDecimal limit) implements Check {

    static LessThan of(CheckParameters p) {
        return new LessThan(p.fact("fact", Facts.Type.NUMBER), p.number("limit"));
    }

    @Override
    public Verdict evaluate(ScreeningInput in) {
        return NumericFact.compare(in, fact, limit, c -> c < 0, " is below ", " is not below ");
    }
}
