package org.expandedaccess.eligibility.rules;

import java.math.BigDecimal;

/** Rule {@code atLeast} {fact, minimum}: MET when the numeric fact is at or above the minimum. */
public record AtLeast(String fact, BigDecimal minimum) implements Check {

    static AtLeast of(CheckParameters p) {
        return new AtLeast(p.fact("fact", Facts.Type.NUMBER), p.number("minimum"));
    }

    @Override
    public Verdict evaluate(ScreeningInput in) {
        return NumericFact.compare(in, fact, minimum, c -> c >= 0, " is at least ", " is below the minimum ");
    }
}
