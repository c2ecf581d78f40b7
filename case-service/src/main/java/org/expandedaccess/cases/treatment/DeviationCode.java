package org.expandedaccess.cases.treatment;

/**
 * The deviations from the treatment program that {@link DeviationCheck} flags, each with the
 * rule's source. Flags are shown on the case; they never block recording (case-service issue 6).
 */
public enum DeviationCode {

    /** Two consecutive recorded dosing sessions fewer than 21 days (3 weeks) apart. */
    DOSING_INTERVAL_TOO_SHORT("docs/regulatory/mdma-ptsd-program.md: dosing sessions about a month apart (3-5 weeks), MAPP1/MAPP2"),
    /** Two consecutive recorded dosing sessions more than 35 days (5 weeks) apart. */
    DOSING_INTERVAL_TOO_LONG("docs/regulatory/mdma-ptsd-program.md: dosing sessions about a month apart (3-5 weeks), MAPP1/MAPP2"),
    /** Supplemental dose taken earlier than 90 or later than 120 minutes after the initial dose. */
    SUPPLEMENTAL_DOSE_OUTSIDE_WINDOW("docs/regulatory/mdma-ptsd-program.md: optional supplemental half dose 1.5-2 hours after the initial dose, MAPP1/MAPP2"),
    /** Initial plus supplemental dose above the program maximum (180 mg = 120 + 60). */
    TOTAL_DOSE_ABOVE_MAXIMUM("docs/regulatory/mdma-ptsd-program.md: initial dose at most 120 mg plus a half supplemental dose, so at most 180 mg per session, MAPP1/MAPP2"),
    /** Initial dose not one the program allows (80 or 120 mg), or supplemental dose not half the initial dose. */
    DOSE_NOT_IN_PROGRAM("docs/regulatory/mdma-ptsd-program.md: initial dose 80 or 120 mg, supplemental half dose (40 or 60 mg), MAPP1/MAPP2"),
    /** A dosing session attended by fewer than the required two therapists. */
    FEWER_THAN_TWO_THERAPISTS("docs/regulatory/mdma-ptsd-program.md: two therapists attend each dosing session, MAPP1/MAPP2"),
    /** A dosing session without at least one blood pressure, one pulse and one temperature reading. */
    MISSING_VITAL_SIGNS("docs/regulatory/mdma-ptsd-program.md: blood pressure, pulse and temperature are taken during dosing, MAPP1/MAPP2"),
    /** A session of any type without a C-SSRS result. */
    MISSING_CSSRS("docs/regulatory/mdma-ptsd-program.md: C-SSRS at each visit, MAPP1/MAPP2");

    private final String source;

    DeviationCode(String source) {
        this.source = source;
    }

    /** The rule this code enforces and where it comes from. */
    public String source() {
        return source;
    }
}
