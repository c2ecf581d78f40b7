package org.expandedaccess.portal.deadlines;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkingDaysTest {

    @Test
    void aDeadlineDueTomorrowOnAWeekdayHasOneWorkingDayLeft() {
        assertEquals(1, WorkingDays.left(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2)));
    }

    @Test
    void weekendsAreNotCounted() {
        // Friday 4 December 2026 to Monday 7 December: one working day (the Monday)
        assertEquals(1, WorkingDays.left(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 7)));
    }

    @Test
    void thanksgivingAndChristmasObservedAreNotWorkingDays() {
        assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2026, 11, 26)), "Thanksgiving, 4th Thursday of November");
        assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2027, 12, 24)), "Christmas 2027 is a Saturday: observed Friday");
        assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2026, 10, 12)), "Columbus Day is a federal holiday");
        assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2026, 6, 19)), "Juneteenth");
        assertTrue(WorkingDays.isWorkingDay(LocalDate.of(2026, 11, 27)), "the day after Thanksgiving is a working day");
    }

    @Test
    void newYearOnASaturdayIsObservedOnTheThirtyFirstOfDecember() {
        // 1 January 2028 is a Saturday
        assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2027, 12, 31)));
    }

    @Test
    void fifteenWorkingDaysAcrossTheHolidaysAsForAnEmergencyWrittenSubmission() {
        // from Monday 21 December 2026: 25 Dec and 1 Jan are holidays
        assertEquals(15, WorkingDays.left(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 13)));
    }

    @Test
    void dueTodayIsZeroAndPastDatesCountBackwards() {
        LocalDate day = LocalDate.of(2026, 12, 2);
        assertEquals(0, WorkingDays.left(day, day));
        assertEquals(-2, WorkingDays.left(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 2)));
    }
}
