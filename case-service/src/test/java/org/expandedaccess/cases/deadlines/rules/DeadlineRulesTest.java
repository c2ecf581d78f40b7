package org.expandedaccess.cases.deadlines.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every due date the case service sets, from the rule alone, against dates counted by hand on the US
 * federal calendar of 2026-2028 (Thanksgiving Thu 2026-11-26, Christmas Fri 2026-12-25, New Year Fri
 * 2027-01-01; 2028 is a leap year). No Quarkus.
 */
class DeadlineRulesTest {

    private final DeadlineRules rules = new DeadlineRules(new WorkingDayCalendar(ZoneId.of("America/New_York")));

    @Test
    void theAcknowledgementSkipsThanksgivingAndTheWeekend() {
        // submitted Wed 2026-11-25: Thu 26 is Thanksgiving, Fri 27 (1), weekend, Mon 30 (2)
        DeadlineRules.Due due = rules.acknowledgement(LocalDate.of(2026, 11, 25), 2);
        assertEquals(LocalDate.of(2026, 11, 30), due.date());
        assertEquals("2 working days after submission (2026-11-25)", due.rule());
    }

    @Test
    void theEmergencyWrittenSubmissionIsFifteenWorkingDaysOverChristmasAndNewYear() {
        // authorised Mon 2026-12-14: Dec 15-18 (4), 21-24 (8), Christmas Fri 25 skipped, Dec 28-31 (12),
        // New Year Fri 2027-01-01 skipped, Jan 4, 5, 6 (15)
        DeadlineRules.Due due = rules.emergencyWrittenSubmission(LocalDate.of(2026, 12, 14));
        assertEquals(LocalDate.of(2027, 1, 6), due.date());
        assertEquals("15 working days after the FDA phone authorisation (2026-12-14)", due.rule());
    }

    @Test
    void theIrbHearsOfEmergencyUseWithinFiveWorkingDaysOfTheFirstDose() {
        // first dose Fri 2026-11-20: Nov 23, 24, 25 (3), Thanksgiving skipped, 27 (4), Mon 30 (5)
        assertEquals(LocalDate.of(2026, 11, 30), rules.irbEmergencyNotice(LocalDate.of(2026, 11, 20)).date());
    }

    @Test
    void anIndTakesEffectThirtyCalendarDaysAfterFdaReceivedIt() {
        DeadlineRules.Due due = rules.fdaEarliestTreatment(LocalDate.of(2026, 12, 3));
        assertEquals(LocalDate.of(2027, 1, 2), due.date()); // a Saturday: calendar days do not skip weekends
        assertEquals("30 calendar days after FDA received the IND (2026-12-03), unless FDA says earlier", due.rule());
    }

    @Test
    void theAnnualReportIsSixtyDaysAfterTheAnniversaryCountingTheLeapDay() {
        // in effect 2027-01-02, anniversary 2028-01-02; Jan 3-31 (29), Feb 1-29 (58), Mar 1 (59), Mar 2 (60)
        DeadlineRules.Due due = rules.annualReport(LocalDate.of(2027, 1, 2));
        assertEquals(LocalDate.of(2028, 3, 2), due.date());
        assertEquals("60 days after the IND anniversary (2028-01-02)", due.rule());
    }

    @Test
    void theTreatmentSummaryCountsCalendarDaysFromCompletion() {
        assertEquals(LocalDate.of(2027, 3, 3), rules.treatmentSummary(LocalDate.of(2027, 2, 1), 30).date());
    }

    @Test
    void aFatalOrLifeThreateningReactionIsReportedInSevenCalendarDaysOtherwiseFifteen() {
        LocalDate aware = LocalDate.of(2026, 12, 31);
        DeadlineRules.Due fatal = rules.safetyReport(aware, true);
        assertEquals(LocalDate.of(2027, 1, 7), fatal.date()); // New Year's Day counts
        assertEquals("7 calendar days after awareness (2026-12-31) of a serious and unexpected suspected adverse "
                + "reaction that is fatal or life-threatening", fatal.rule());
        assertEquals(LocalDate.of(2027, 1, 15), rules.safetyReport(aware, false).date());
    }

    @ParameterizedTest(name = "serious={0}, unexpected={1}, suspected={2}: report={3}")
    @CsvSource({
            "true, true, true, true",
            "true, true, false, false",
            "true, false, true, false",
            "false, true, true, false",
            "false, false, false, false"})
    void onlyASeriousUnexpectedSuspectedReactionNeedsASafetyReport(boolean serious, boolean unexpected,
                                                                   boolean suspected, boolean report) {
        assertEquals(report, DeadlineRules.safetyReportRequired(serious, unexpected, suspected));
    }
}
