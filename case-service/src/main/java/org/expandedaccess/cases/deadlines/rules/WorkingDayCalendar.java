package org.expandedaccess.cases.deadlines.rules;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * The one place that decides what a "working day" and a "calendar day" are for regulatory
 * deadlines, so that no service does date arithmetic of its own.
 *
 * <p>The regulations count in two different units, and confusing them is exactly the kind of
 * mistake that makes an investigator miss a deadline:
 * <ul>
 *   <li><b>working days</b> &mdash; the emergency-use written submission (Form FDA 3926 and the
 *       letter of authorisation) within 15 working days of the telephone authorisation,
 *       21 CFR 312.310(d); the report to the IRB within 5 working days of emergency use
 *       without prior IRB review, 21 CFR 56.104(c); the sponsor's acknowledgement promise
 *       ("business days", FD&amp;C Act 561A program policy);</li>
 *   <li><b>calendar days</b> &mdash; the IND safety reports (7 days for an unexpected fatal or
 *       life-threatening suspected adverse reaction, 15 days for a serious and unexpected one),
 *       21 CFR 312.32(c); the 30 days before a non-emergency IND takes effect, 21 CFR 312.40(b).</li>
 * </ul>
 *
 * <p>A working day is a Monday to Friday that is not a US federal holiday. The federal
 * holidays are the ones listed in 5 U.S.C. 6103(a), observed under 5 U.S.C. 6103(b) and
 * Executive Order 11582: a holiday on a Saturday is observed on the preceding Friday, one on
 * a Sunday on the following Monday. Inauguration Day (5 U.S.C. 6103(c)) is deliberately left
 * out: it is a holiday only for federal employees in the Washington, DC area, not for the FDA
 * or IRB deadlines nationwide.
 *
 * <p>The holiday rules come from Jollyday's {@code US} calendar without a subdivision (state
 * holidays are irrelevant to federal deadlines). Jollyday already applies the observed-day
 * shifts, with two gaps this class closes, both pinned by tests:
 * <ol>
 *   <li>Jollyday lists Columbus Day (second Monday of October) only under individual states, yet
 *       it is a federal holiday under 5 U.S.C. 6103(a); it is added here for years from 1971,
 *       when the Uniform Monday Holiday Act moved it to a Monday.</li>
 *   <li>When New Year's Day falls on a Saturday, Jollyday reports the observed Friday
 *       (31 December) as part of the <em>following</em> year and its {@code isHoliday} misses it.
 *       The holidays of a year are therefore collected from Jollyday's results for that year
 *       and the next one, keeping every observed date that falls inside the year.</li>
 * </ol>
 *
 * <p>"Day" means a date in the sponsor's configured time zone: an authorisation given at 22:30
 * in New York on a Sunday is a Sunday event, even though it is already Monday in UTC, and a
 * deadline counted from the UTC date would be a day late. Convert instants with
 * {@link #dateOf(Instant)} or {@link #today(Clock)} before counting.
 *
 * <p>Holidays are computed once per year and cached, because a deadline scan evaluates many
 * dates and Jollyday evaluates its rule set on every call. Instances are immutable apart from
 * that cache and are safe to share between threads.
 */
public final class WorkingDayCalendar {

    /** First year in which Columbus Day is the second Monday in October (Public Law 90-363). */
    private static final int FIRST_YEAR_OF_MONDAY_COLUMBUS_DAY = 1971;

    private final ZoneId zone;
    private final HolidayManager holidayRules;
    private final ConcurrentMap<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();
    private final AtomicInteger holidayYearComputations = new AtomicInteger();

    /**
     * @param zone the sponsor's configured time zone (for example {@code America/New_York});
     *             instants are turned into dates in this zone, because a deadline counted from
     *             the wrong date is a missed deadline
     */
    public WorkingDayCalendar(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.holidayRules = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_STATES));
    }

    /** The zone in which this calendar counts days. */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The date on which an event happened, as the sponsor counts it. Use this rather than
     * {@code LocalDate.ofInstant(instant, ZoneOffset.UTC)}, which shifts evening events in the
     * Americas to the next day.
     */
    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(Objects.requireNonNull(instant, "instant"), zone);
    }

    /**
     * Today in the sponsor's zone. Takes a {@link Clock} so that deadline checks can be tested
     * at chosen instants; the clock's own zone is ignored, only its instant matters.
     */
    public LocalDate today(Clock clock) {
        return dateOf(Objects.requireNonNull(clock, "clock").instant());
    }

    /** Whether the date is a Monday to Friday that is not a (observed) US federal holiday. */
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isFederalHoliday(date);
    }

    /**
     * Whether federal offices are closed for a holiday on this date, using the observed date
     * (for example Friday 2026-07-03 for Independence Day on Saturday 2026-07-04). A holiday
     * that falls on a weekend is reported on its observed weekday only.
     */
    public boolean isFederalHoliday(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return holidaysIn(date.getYear()).contains(date);
    }

    /**
     * The observed US federal holidays whose observed date falls in the given year, in date
     * order. Exposed so that the rules can be shown to users and checked against OPM's list.
     */
    public Set<LocalDate> holidaysIn(int year) {
        return holidaysByYear.computeIfAbsent(year, this::computeHolidays);
    }

    /**
     * The {@code n}-th working day after {@code start}, the shape of "within n working days of
     * the event" in 21 CFR 312.310(d) (15 working days) and 21 CFR 56.104(c) (5 working days).
     *
     * <p>The start date itself never counts, even when it is a working day, because the
     * regulations count days <em>after</em> the event; a start on a weekend or holiday simply
     * makes the next working day day 1. For {@code n == 0} the start date is returned
     * unchanged: "no days after the event" is the day of the event.
     *
     * @throws IllegalArgumentException if {@code n} is negative; deadlines never run backwards,
     *                                  and a negative count is a bug in the caller's rule
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        requireNotNegative(n);
        LocalDate date = start;
        int remaining = n;
        while (remaining > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                remaining--;
            }
        }
        return date;
    }

    /**
     * {@code start} plus {@code n} calendar days, weekends and holidays included, the unit of the
     * IND safety reports (21 CFR 312.32(c): 7 and 15 days) and of the 30-day IND waiting period
     * (21 CFR 312.40(b)). It exists, trivial as it is, so that every deadline names its unit
     * through this class and calendar days are never mistaken for working days.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public LocalDate addCalendarDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        requireNotNegative(n);
        return start.plusDays(n);
    }

    /**
     * How many working days lie after {@code fromExclusive} up to and including
     * {@code toInclusive}: the inverse of {@link #addWorkingDays}, so that
     * {@code workingDaysBetween(s, addWorkingDays(s, n)) == n}. Used to say how much time is
     * left before a deadline, and when a deadline is "approaching".
     *
     * @throws IllegalArgumentException if {@code toInclusive} is before {@code fromExclusive};
     *                                  an overdue deadline is a state to report, not a negative
     *                                  count to compute by accident
     */
    public long workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        Objects.requireNonNull(fromExclusive, "fromExclusive");
        Objects.requireNonNull(toInclusive, "toInclusive");
        if (toInclusive.isBefore(fromExclusive)) {
            throw new IllegalArgumentException(
                    "toInclusive " + toInclusive + " is before fromExclusive " + fromExclusive);
        }
        long count = 0;
        for (LocalDate date = fromExclusive.plusDays(1); !date.isAfter(toInclusive); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    /** Number of years whose holidays have been computed; lets tests prove that the cache works. */
    int holidayYearComputations() {
        return holidayYearComputations.get();
    }

    private Set<LocalDate> computeHolidays(int year) {
        holidayYearComputations.incrementAndGet();
        Set<LocalDate> dates = new TreeSet<>();
        // Next year too: a Saturday New Year's Day is observed on 31 December of this year,
        // but Jollyday files it under the year of the holiday itself.
        collectObservedDates(year, year, dates);
        collectObservedDates(year + 1, year, dates);
        if (year >= FIRST_YEAR_OF_MONDAY_COLUMBUS_DAY) {
            dates.add(LocalDate.of(year, Month.OCTOBER, 1)
                    .with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.MONDAY)));
        }
        return Collections.unmodifiableSet(dates);
    }

    private void collectObservedDates(int jollydayYear, int keepYear, Set<LocalDate> into) {
        for (Holiday holiday : holidayRules.getHolidays(Year.of(jollydayYear))) {
            if (holiday.getType() == HolidayType.PUBLIC_HOLIDAY && holiday.getDate().getYear() == keepYear) {
                into.add(holiday.getDate());
            }
        }
    }

    private static void requireNotNegative(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("day count must not be negative, was " + n);
        }
    }
}
