package org.expandedaccess.eligibility.rules;

/** The test behind one criterion, built from the criterion's rule name and parameters. */
public interface Check {

    Verdict evaluate(ScreeningInput input);
}
