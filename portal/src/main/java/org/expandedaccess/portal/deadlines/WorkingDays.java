package org.expandedaccess.portal.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Set;

/**
 * Working days left until a due date, as case-service counts them for regulatory deadlines (case-service
 * README, "Deadlines"): Monday to Friday except the US federal holidays of 5 U.S.C. 6103(a), observed
 * on the Friday before a Saturday and the Monday after a Sunday. Case-service gives the due date; the
 * portal only counts the days left for people to read, so the two can never disagree about the date.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !federalHolidays(day.getYear()).contains(day)
                // a 1 January holiday on a Saturday is observed on 31 December of the year before
                && !federalHolidays(day.getYear() + 1).contains(day);
    }

    /**
     * Working days after {@code today} up to and including {@code due}: 0 when due today, 1 when due on the
     * next working day; negative (working days since) when the date has passed.
     */
    public static int left(LocalDate today, LocalDate due) {
        int count = 0;
        if (due.isAfter(today)) {
            for (LocalDate d = today.plusDays(1); !d.isAfter(due); d = d.plusDays(1)) {
                if (isWorkingDay(d)) {
                    count++;
                }
            }
            return count;
        }
        for (LocalDate d = due.plusDays(1); !d.isAfter(today); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count--;
            }
        }
        return count;
    }

    /** The observed dates of the federal holidays of one year (some may fall in the year before). */
    static Set<LocalDate> federalHolidays(int year) {
        Set<LocalDate> days = new HashSet<>();
        days.add(observed(LocalDate.of(year, Month.JANUARY, 1)));
        days.add(nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3));   // Martin Luther King Jr.
        days.add(nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3));  // Washington's Birthday
        days.add(LocalDate.of(year, Month.MAY, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))); // Memorial Day
        if (year >= 2021) {
            days.add(observed(LocalDate.of(year, Month.JUNE, 19)));  // Juneteenth
        }
        days.add(observed(LocalDate.of(year, Month.JULY, 4)));
        days.add(nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1)); // Labor Day
        days.add(nth(year, Month.OCTOBER, DayOfWeek.MONDAY, 2));   // Columbus Day
        days.add(observed(LocalDate.of(year, Month.NOVEMBER, 11))); // Veterans Day
        days.add(nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4)); // Thanksgiving
        days.add(observed(LocalDate.of(year, Month.DECEMBER, 25)));
        return days;
    }

    private static LocalDate nth(int year, Month month, DayOfWeek dow, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
    }

    private static LocalDate observed(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.minusDays(1);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }
}
