package org.expandedaccess.cases.deadlines.rules;

import java.time.LocalDate;

/**
 * When each regulatory deadline of a case falls due, and the rule that says so, in one place
 * (docs/regulatory/timelines.md). Pure: dates in, due dates out, counted by {@link WorkingDayCalendar}.
 */
public final class DeadlineRules {

    /** A due date and the rule it comes from, as the case's deadline list shows it. */
    public record Due(LocalDate date, String rule) {
    }

    /** FDA may object for 30 days after it receives an IND (21 CFR 312.40(b)(1)). */
    static final int IND_WAITING_DAYS = 30;
    /** The written submission after an emergency authorisation by telephone (21 CFR 312.310(d)(2)). */
    static final int EMERGENCY_SUBMISSION_WORKING_DAYS = 15;
    /** The annual report, within 60 days of the IND's anniversary (21 CFR 312.33). */
    static final int ANNUAL_REPORT_DAYS = 60;
    /** The IRB hears of emergency use within 5 working days (21 CFR 56.104(c)). */
    static final int IRB_NOTICE_WORKING_DAYS = 5;
    /** IND safety reports: 7 calendar days if fatal or life-threatening, else 15 (21 CFR 312.32(c)(1), (c)(2)). */
    static final int FATAL_SAFETY_REPORT_DAYS = 7;
    static final int SAFETY_REPORT_DAYS = 15;

    private final WorkingDayCalendar calendar;

    public DeadlineRules(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /** The sponsor acknowledges a request within the working days it publishes (FD&C Act 561A). */
    public Due acknowledgement(LocalDate submittedOn, int workingDays) {
        return new Due(calendar.addWorkingDays(submittedOn, workingDays),
                workingDays + " working days after submission (" + submittedOn + ")");
    }

    /** The written summary of the treatment's results (21 CFR 312.310(c)(2)), within the program's days. */
    public Due treatmentSummary(LocalDate completedOn, int days) {
        return new Due(calendar.addCalendarDays(completedOn, days),
                days + " days after treatment was completed (" + completedOn + ")");
    }

    public Due fdaEarliestTreatment(LocalDate receivedByFdaOn) {
        return new Due(calendar.addCalendarDays(receivedByFdaOn, IND_WAITING_DAYS),
                IND_WAITING_DAYS + " calendar days after FDA received the IND (" + receivedByFdaOn + "), unless FDA says earlier");
    }

    public Due emergencyWrittenSubmission(LocalDate authorizedOn) {
        return new Due(calendar.addWorkingDays(authorizedOn, EMERGENCY_SUBMISSION_WORKING_DAYS),
                EMERGENCY_SUBMISSION_WORKING_DAYS + " working days after the FDA phone authorisation (" + authorizedOn + ")");
    }

    /** @param inEffect the day the IND took effect; its anniversary starts the 60 days */
    public Due annualReport(LocalDate inEffect) {
        LocalDate anniversary = inEffect.plusYears(1);
        return new Due(calendar.addCalendarDays(anniversary, ANNUAL_REPORT_DAYS),
                ANNUAL_REPORT_DAYS + " days after the IND anniversary (" + anniversary + ")");
    }

    public Due irbEmergencyNotice(LocalDate firstDose) {
        return new Due(calendar.addWorkingDays(firstDose, IRB_NOTICE_WORKING_DAYS),
                IRB_NOTICE_WORKING_DAYS + " working days after emergency use without prior IRB review (first dose "
                        + firstDose + ")");
    }

    /**
     * An adverse event needs an IND safety report when it is a suspected adverse reaction (a reasonable
     * possibility that the drug caused it) that is both serious and unexpected (21 CFR 312.32(c)(1)).
     */
    public static boolean safetyReportRequired(boolean serious, boolean unexpected, boolean suspectedReaction) {
        return serious && unexpected && suspectedReaction;
    }

    /** Counted in calendar days from the day the sponsor or physician became aware (21 CFR 312.32(c)). */
    public Due safetyReport(LocalDate awareOn, boolean fatalOrLifeThreatening) {
        int days = fatalOrLifeThreatening ? FATAL_SAFETY_REPORT_DAYS : SAFETY_REPORT_DAYS;
        return new Due(calendar.addCalendarDays(awareOn, days), days
                + " calendar days after awareness (" + awareOn + ") of a serious and unexpected suspected adverse reaction"
                + (fatalOrLifeThreatening ? " that is fatal or life-threatening" : ""));
    }
}
