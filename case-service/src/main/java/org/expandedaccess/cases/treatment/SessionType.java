package org.expandedaccess.cases.treatment;

/**
 * The three kinds of visit in MDMA-assisted therapy as run in the Phase 3 trials MAPP1
 * (NCT03537014) and MAPP2 (NCT04077437); docs/regulatory/mdma-ptsd-program.md.
 */
public enum SessionType {
    /** About 90 minutes of therapy without drug, before the first dosing session. */
    PREPARATORY,
    /** A 6-8 hour session in which MDMA is given, with two therapists present. */
    DOSING,
    /** About 90 minutes of therapy without drug, after a dosing session. */
    INTEGRATION
}
