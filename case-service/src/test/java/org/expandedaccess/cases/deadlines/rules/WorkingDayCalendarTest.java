package org.expandedaccess.cases.deadlines.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins the working-day calendar against dates worked out by hand from the OPM federal holiday
 * schedule, because a deadline that is a day off is a missed deadline.
 */
class WorkingDayCalendarTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final WorkingDayCalendar calendar = new WorkingDayCalendar(NEW_YORK);

    @Nested
    class RegulatoryDeadlines {

        @Test
        void emergencyWrittenSubmissionIsDueFifteenWorkingDaysAfterPhoneAuthorization() {
            // Phone authorisation Friday 2026-11-20. Counting after it: Nov 23, 24, 25 (1-3),
            // Thanksgiving Thu Nov 26 skipped, Fri 27 (4), weekend, Nov 30 - Dec 4 (5-9),
            // Dec 7 - 11 (10-14), Mon Dec 14 (15).
            LocalDate authorisedByPhone = LocalDate.of(2026, 11, 20);

            LocalDate due = calendar.addWorkingDays(authorisedByPhone, 15);

            assertEquals(LocalDate.of(2026, 12, 14), due);
            assertEquals(DayOfWeek.MONDAY, due.getDayOfWeek());
            assertEquals(15, calendar.workingDaysBetween(authorisedByPhone, due));
        }

        @Test
        void irbNoticeIsDueFiveWorkingDaysAfterFirstDose() {
            // First dose Thursday 2026-07-02. Fri Jul 3 is the observed Independence Day,
            // then the weekend; Jul 6 - 10 are working days 1-5.
            LocalDate firstDose = LocalDate.of(2026, 7, 2);

            assertEquals(LocalDate.of(2026, 7, 10), calendar.addWorkingDays(firstDose, 5));
        }

        @Test
        void safetyReportDeadlinesCountCalendarDaysIncludingWeekendsAndHolidays() {
            // Awareness Tuesday 2026-11-24: 7 calendar days run straight through Thanksgiving
            // and the weekend, unlike working days.
            LocalDate aware = LocalDate.of(2026, 11, 24);

            assertEquals(LocalDate.of(2026, 12, 1), calendar.addCalendarDays(aware, 7));
            assertEquals(LocalDate.of(2026, 12, 9), calendar.addCalendarDays(aware, 15));
            assertEquals(LocalDate.of(2026, 12, 4), calendar.addWorkingDays(aware, 7));
        }
    }

    @Nested
    class Weekends {

        @Test
        void saturdaysAndSundaysAreNotWorkingDays() {
            assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 3, 7)));
            assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 3, 8)));
            assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 3, 6)));
            assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 3, 9)));
        }

        @Test
        void oneWorkingDayAfterFridayIsMonday() {
            assertEquals(LocalDate.of(2026, 3, 9), calendar.addWorkingDays(LocalDate.of(2026, 3, 6), 1));
        }

        @Test
        void startOnAWeekendMakesTheNextWorkingDayDayOne() {
            LocalDate saturday = LocalDate.of(2026, 3, 7);

            assertEquals(LocalDate.of(2026, 3, 9), calendar.addWorkingDays(saturday, 1));
            assertEquals(LocalDate.of(2026, 3, 13), calendar.addWorkingDays(saturday, 5));
        }

        @Test
        void aFullWeekHoldsFiveWorkingDays() {
            assertEquals(5, calendar.workingDaysBetween(LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 13)));
        }
    }

    @Nested
    class FederalHolidays {

        @ParameterizedTest(name = "{1} {0}")
        @CsvSource({
            "2026-01-01, New Year's Day",
            "2026-01-19, Birthday of Martin Luther King Jr.",
            "2026-02-16, Washington's Birthday",
            "2026-05-25, Memorial Day",
            "2026-06-19, Juneteenth",
            "2026-07-03, Independence Day (observed, Jul 4 is a Saturday)",
            "2026-09-07, Labor Day",
            "2026-10-12, Columbus Day",
            "2026-11-11, Veterans Day",
            "2026-11-26, Thanksgiving Day",
            "2026-12-25, Christmas Day",
            "2027-01-01, New Year's Day",
            "2027-01-18, Birthday of Martin Luther King Jr.",
            "2027-02-15, Washington's Birthday",
            "2027-05-31, Memorial Day",
            "2027-06-18, Juneteenth (observed, Jun 19 is a Saturday)",
            "2027-07-05, Independence Day (observed, Jul 4 is a Sunday)",
            "2027-09-06, Labor Day",
            "2027-10-11, Columbus Day",
            "2027-11-11, Veterans Day",
            "2027-11-25, Thanksgiving Day",
            "2027-12-24, Christmas Day (observed, Dec 25 is a Saturday)",
            "2027-12-31, New Year's Day 2028 (observed, Jan 1 2028 is a Saturday)",
        })
        void eachFederalHolidayIsRecognisedOnItsObservedWeekday(LocalDate holiday, String name) {
            assertTrue(calendar.isFederalHoliday(holiday), name);
            assertFalse(calendar.isWorkingDay(holiday), name);
            assertFalse(holiday.getDayOfWeek() == DayOfWeek.SATURDAY || holiday.getDayOfWeek() == DayOfWeek.SUNDAY,
                    name + " must be observed on a weekday");
        }

        @Test
        void the2026HolidaysAreExactlyTheElevenOnTheOpmSchedule() {
            assertEquals(Set.of(
                    LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 19), LocalDate.of(2026, 2, 16),
                    LocalDate.of(2026, 5, 25), LocalDate.of(2026, 6, 19), LocalDate.of(2026, 7, 3),
                    LocalDate.of(2026, 9, 7), LocalDate.of(2026, 10, 12), LocalDate.of(2026, 11, 11),
                    LocalDate.of(2026, 11, 26), LocalDate.of(2026, 12, 25)),
                    calendar.holidaysIn(2026));
        }

        @Test
        void the2027HolidaysIncludeTheObservedNewYearOf2028() {
            // Twelve dates: the eleven 2027 holidays plus 31 December, the observed New Year's Day 2028.
            assertEquals(List.of(
                    LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 18), LocalDate.of(2027, 2, 15),
                    LocalDate.of(2027, 5, 31), LocalDate.of(2027, 6, 18), LocalDate.of(2027, 7, 5),
                    LocalDate.of(2027, 9, 6), LocalDate.of(2027, 10, 11), LocalDate.of(2027, 11, 11),
                    LocalDate.of(2027, 11, 25), LocalDate.of(2027, 12, 24), LocalDate.of(2027, 12, 31)),
                    List.copyOf(calendar.holidaysIn(2027)));
        }

        @Test
        void aSaturdayNewYearIsNotCountedAgainInItsOwnYear() {
            assertFalse(calendar.holidaysIn(2028).contains(LocalDate.of(2027, 12, 31)));
            assertFalse(calendar.isFederalHoliday(LocalDate.of(2028, 1, 1)));
            assertTrue(calendar.isWorkingDay(LocalDate.of(2028, 1, 3)));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-07-04", "2027-06-19", "2027-07-04", "2027-12-25", "2028-01-01"})
        void theActualDateOfAWeekendHolidayIsOnlyAWeekendDay(LocalDate actual) {
            assertFalse(calendar.isFederalHoliday(actual));
            assertFalse(calendar.isWorkingDay(actual));
        }

        @Test
        void ordinaryDaysAroundHolidaysAreWorkingDays() {
            assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 11, 25)));
            assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 11, 27)));
            assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 7, 2)));
            assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 12, 24)));
        }

        @Test
        void stateOnlyHolidaysAreNotFederalHolidays() {
            // Day after Thanksgiving (California), Good Friday (Connecticut, among others).
            assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 11, 27)));
            assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 4, 3)));
        }
    }

    @Nested
    class YearBoundary {

        @Test
        void countingRunsIntoTheNextYearPastNewYearsDay() {
            // Wed 2026-12-30: Thu Dec 31 (1), Fri 2027-01-01 holiday, weekend, Mon Jan 4 (2).
            assertEquals(LocalDate.of(2027, 1, 4), calendar.addWorkingDays(LocalDate.of(2026, 12, 30), 2));
        }

        @Test
        void countingSkipsNewYearsDayObservedInThePreviousYear() {
            // Wed 2027-12-29: Thu Dec 30 (1), Fri Dec 31 observed New Year 2028, weekend,
            // Mon 2028-01-03 (2), Tue Jan 4 (3).
            LocalDate start = LocalDate.of(2027, 12, 29);

            assertEquals(LocalDate.of(2028, 1, 4), calendar.addWorkingDays(start, 3));
            assertEquals(3, calendar.workingDaysBetween(start, LocalDate.of(2028, 1, 4)));
        }

        @Test
        void workingDaysBetweenIsTheInverseOfAddWorkingDaysAcrossYears() {
            for (LocalDate start = LocalDate.of(2026, 12, 1); start.isBefore(LocalDate.of(2028, 1, 31));
                    start = start.plusDays(3)) {
                for (int n : new int[] {1, 5, 15, 40}) {
                    LocalDate due = calendar.addWorkingDays(start, n);
                    assertTrue(calendar.isWorkingDay(due), () -> "due date " + due + " is not a working day");
                    assertEquals(n, calendar.workingDaysBetween(start, due), "from " + start + " plus " + n);
                }
            }
        }
    }

    @Nested
    class SponsorTimeZone {

        // 03:30 UTC on Monday 2026-03-02 is still Sunday evening 22:30 in New York (EST, UTC-5).
        private final Instant sundayEveningInNewYork = Instant.parse("2026-03-02T03:30:00Z");

        @Test
        void anEventIsDatedInTheSponsorZoneNotInUtc() {
            assertEquals(LocalDate.of(2026, 3, 1), calendar.dateOf(sundayEveningInNewYork));
            assertEquals(LocalDate.of(2026, 3, 2), new WorkingDayCalendar(ZoneOffset.UTC).dateOf(sundayEveningInNewYork));
        }

        @Test
        void todayUsesTheSponsorZoneWhateverTheClockZone() {
            Clock utcClock = Clock.fixed(sundayEveningInNewYork, ZoneOffset.UTC);

            assertEquals(LocalDate.of(2026, 3, 1), calendar.today(utcClock));
        }

        @Test
        void theZoneChangesWhichDayIsDayOne() {
            // Authorised Sunday evening in New York: Monday is day 1. Counted in UTC the event
            // is on Monday, so day 1 would be Tuesday and the deadline a day late.
            assertEquals(LocalDate.of(2026, 3, 2),
                    calendar.addWorkingDays(calendar.dateOf(sundayEveningInNewYork), 1));
            WorkingDayCalendar utc = new WorkingDayCalendar(ZoneOffset.UTC);
            assertEquals(LocalDate.of(2026, 3, 3), utc.addWorkingDays(utc.dateOf(sundayEveningInNewYork), 1));
        }

        @Test
        void justAfterMidnightInTheSponsorZoneIsTheNextDay() {
            assertEquals(LocalDate.of(2026, 3, 2), calendar.dateOf(Instant.parse("2026-03-02T05:00:00Z")));
            assertEquals(LocalDate.of(2026, 3, 1), calendar.dateOf(Instant.parse("2026-03-02T04:59:59Z")));
        }
    }

    @Nested
    class CountArguments {

        @Test
        void zeroWorkingDaysIsTheStartDateItself() {
            assertEquals(LocalDate.of(2026, 3, 6), calendar.addWorkingDays(LocalDate.of(2026, 3, 6), 0));
            assertEquals(LocalDate.of(2026, 3, 7), calendar.addWorkingDays(LocalDate.of(2026, 3, 7), 0));
            assertEquals(LocalDate.of(2026, 3, 6), calendar.addCalendarDays(LocalDate.of(2026, 3, 6), 0));
        }

        @Test
        void theStartDateNeverCountsAsAWorkingDay() {
            assertEquals(LocalDate.of(2026, 3, 10), calendar.addWorkingDays(LocalDate.of(2026, 3, 9), 1));
            assertEquals(0, calendar.workingDaysBetween(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 9)));
        }

        @Test
        void negativeCountsAreRefused() {
            LocalDate start = LocalDate.of(2026, 3, 9);

            assertThrows(IllegalArgumentException.class, () -> calendar.addWorkingDays(start, -1));
            assertThrows(IllegalArgumentException.class, () -> calendar.addCalendarDays(start, -1));
        }

        @Test
        void aRangeEndingBeforeItStartsIsRefused() {
            assertThrows(IllegalArgumentException.class,
                    () -> calendar.workingDaysBetween(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 8)));
        }

        @Test
        void missingArgumentsAreRefused() {
            assertThrows(NullPointerException.class, () -> new WorkingDayCalendar(null));
            assertThrows(NullPointerException.class, () -> calendar.isWorkingDay(null));
            assertThrows(NullPointerException.class, () -> calendar.addWorkingDays(null, 1));
            assertThrows(NullPointerException.class, () -> calendar.dateOf(null));
        }
    }

    @Nested
    class HolidayCache {

        @Test
        void holidaysAreComputedOncePerYear() {
            WorkingDayCalendar fresh = new WorkingDayCalendar(NEW_YORK);

            for (int round = 0; round < 10; round++) {
                for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() == 2026; d = d.plusDays(1)) {
                    fresh.isWorkingDay(d);
                }
            }
            assertEquals(1, fresh.holidayYearComputations());

            fresh.workingDaysBetween(LocalDate.of(2026, 6, 1), LocalDate.of(2028, 6, 1));
            assertEquals(3, fresh.holidayYearComputations());
        }

        @Test
        void cachedHolidaysCannotBeAlteredByCallers() {
            Set<LocalDate> holidays = calendar.holidaysIn(2026);

            assertThrows(UnsupportedOperationException.class, () -> holidays.add(LocalDate.of(2026, 3, 9)));
        }
    }
}
