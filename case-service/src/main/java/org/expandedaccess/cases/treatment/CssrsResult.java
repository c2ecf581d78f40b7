package org.expandedaccess.cases.treatment;

/**
 * Suicide risk from the Columbia Suicide Severity Rating Scale, recorded at each visit
 * (docs/regulatory/mdma-ptsd-program.md). Same names as the request's {@code clinical.cssrsRisk} in intake-service,
 * so the risk at screening and during treatment can be compared.
 */
public enum CssrsResult {
    NONE, LOW, MODERATE, HIGH
}
