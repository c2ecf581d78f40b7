package org.expandedaccess.cases.deadlines;

/**
 * Every deadline a case can carry (docs/regulatory/timelines.md), with who must act and where the rule comes from.
 * {@code obligation} is false for a date the case waits for rather than an act someone owes.
 */
public enum DeadlineKind {
    SPONSOR_ACKNOWLEDGEMENT(Responsible.SPONSOR, true, "FD&C Act 561A (sponsor's published policy; program default 2 business days)"),
    FDA_EARLIEST_TREATMENT(Responsible.PHYSICIAN, false, "21 CFR 312.40(b)"),
    EMERGENCY_WRITTEN_SUBMISSION(Responsible.PHYSICIAN, true, "21 CFR 312.310(d)"),
    IRB_EMERGENCY_NOTICE(Responsible.PHYSICIAN, true, "21 CFR 56.104(c)"),
    SAFETY_REPORT(Responsible.PHYSICIAN, true, "21 CFR 312.32(c)"),
    ANNUAL_REPORT(Responsible.PHYSICIAN, true, "21 CFR 312.33"),
    TREATMENT_SUMMARY(Responsible.PHYSICIAN, true, "21 CFR 312.310(c)(2)");

    public enum Responsible { PHYSICIAN, SPONSOR }

    private final Responsible responsible;
    private final boolean obligation;
    private final String source;

    DeadlineKind(Responsible responsible, boolean obligation, String source) {
        this.responsible = responsible;
        this.obligation = obligation;
        this.source = source;
    }

    public Responsible responsible() {
        return responsible;
    }

    public boolean obligation() {
        return obligation;
    }

    public String source() {
        return source;
    }
}
