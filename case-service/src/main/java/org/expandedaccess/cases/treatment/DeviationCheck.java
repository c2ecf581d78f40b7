package org.expandedaccess.cases.treatment;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Flags where recorded sessions depart from the {@link TreatmentProgram} (case-service issue 6;
 * each rule and its source in {@link DeviationCode}). Flags are information for the case, never a
 * reason to refuse a recording: this class never throws on incomplete sessions, it skips the
 * checks a missing fact makes impossible ({@link SessionValidator} reports those facts).
 *
 * <p>Boundaries are inclusive, as the program states its ranges: 21 and 35 days between dosing
 * sessions are within "3-5 weeks"; 90 and 120 minutes are within "1.5-2 hours"; 180 mg is the
 * maximum, not above it.
 *
 * <p>DOSE_NOT_IN_PROGRAM decision: the initial dose must be one of
 * {@link TreatmentProgram#initialDosesMg()} (80 or 120 mg), and a supplemental dose, when given,
 * must be exactly {@link TreatmentProgram#expectedSupplementalMg(int) half of the initial dose
 * given in the same session} (80 + 40 or 120 + 60), as in MAPP1 and MAPP2. So 120 + 40 is flagged
 * even though 40 mg is a supplemental dose the program knows. Each of the two conditions yields its
 * own flag.
 */
public final class DeviationCheck {

    private DeviationCheck() {
    }

    /**
     * The deviations of the recorded sessions, ordered by session date (sessions without a date
     * last). Interval flags are attached to the later of the two dosing sessions.
     */
    public static List<Deviation> check(List<RecordedSession> recorded, TreatmentProgram program) {
        Objects.requireNonNull(program, "program");
        List<RecordedSession> sessions = new ArrayList<>();
        if (recorded != null) {
            recorded.stream().filter(Objects::nonNull).forEach(sessions::add);
        }
        sessions.sort(Comparator.comparing(RecordedSession::date, Comparator.nullsLast(Comparator.naturalOrder())));

        List<Deviation> deviations = new ArrayList<>();
        RecordedSession previousDosing = null;
        for (RecordedSession session : sessions) {
            if (session.type() == SessionType.DOSING) {
                if (previousDosing != null && session.date() != null) {
                    checkInterval(previousDosing, session, program, deviations);
                }
                if (session.date() != null) {
                    previousDosing = session;
                }
                checkDose(session, program, deviations);
                checkTherapists(session, program, deviations);
                checkVitalSigns(session, program, deviations);
            }
            if (program.cssrsAtEachVisit() && session.cssrs() == null) {
                deviations.add(Deviation.of(DeviationCode.MISSING_CSSRS, session,
                        "No C-SSRS result recorded for this " + describe(session) + "."));
            }
        }
        return List.copyOf(deviations);
    }

    private static void checkInterval(RecordedSession previous, RecordedSession session, TreatmentProgram program,
                                      List<Deviation> deviations) {
        long days = ChronoUnit.DAYS.between(previous.date(), session.date());
        if (days < program.dosingIntervalMinDays()) {
            deviations.add(Deviation.of(DeviationCode.DOSING_INTERVAL_TOO_SHORT, session,
                    days + " days after the previous dosing session (" + previous.date() + "); the program allows "
                            + program.dosingIntervalMinDays() + "-" + program.dosingIntervalMaxDays() + " days."));
        } else if (days > program.dosingIntervalMaxDays()) {
            deviations.add(Deviation.of(DeviationCode.DOSING_INTERVAL_TOO_LONG, session,
                    days + " days after the previous dosing session (" + previous.date() + "); the program allows "
                            + program.dosingIntervalMinDays() + "-" + program.dosingIntervalMaxDays() + " days."));
        }
    }

    private static void checkDose(RecordedSession session, TreatmentProgram program, List<Deviation> deviations) {
        Dose dose = session.dose();
        if (dose == null) {
            return;
        }
        Integer initial = dose.initialMg();
        Integer supplemental = dose.supplementalMg();
        if (supplemental != null && dose.initialAt() != null && dose.supplementalAt() != null) {
            Duration after = Duration.between(dose.initialAt(), dose.supplementalAt());
            if (after.compareTo(Duration.ofMinutes(program.supplementalWindowMinMinutes())) < 0
                    || after.compareTo(Duration.ofMinutes(program.supplementalWindowMaxMinutes())) > 0) {
                deviations.add(Deviation.of(DeviationCode.SUPPLEMENTAL_DOSE_OUTSIDE_WINDOW, session,
                        "Supplemental dose taken " + minutes(after) + " minutes after the initial dose; the program allows "
                                + program.supplementalWindowMinMinutes() + "-" + program.supplementalWindowMaxMinutes()
                                + " minutes."));
            }
        }
        if (dose.totalMg() > program.maxTotalDoseMgPerSession()) {
            deviations.add(Deviation.of(DeviationCode.TOTAL_DOSE_ABOVE_MAXIMUM, session,
                    "Total dose " + dose.totalMg() + " mg is above the program maximum of "
                            + program.maxTotalDoseMgPerSession() + " mg per dosing session."));
        }
        if (initial != null && initial > 0 && !program.initialDosesMg().contains(initial)) {
            deviations.add(Deviation.of(DeviationCode.DOSE_NOT_IN_PROGRAM, session,
                    "Initial dose " + initial + " mg is not one the program allows " + mgList(program.initialDosesMg()) + "."));
        }
        if (initial != null && initial > 0 && supplemental != null
                && supplemental != program.expectedSupplementalMg(initial)) {
            deviations.add(Deviation.of(DeviationCode.DOSE_NOT_IN_PROGRAM, session,
                    "Supplemental dose " + supplemental + " mg is not " + program.supplementalDosePercentOfInitial()
                            + "% of the initial " + initial + " mg (expected " + program.expectedSupplementalMg(initial)
                            + " mg)."));
        }
    }

    private static void checkTherapists(RecordedSession session, TreatmentProgram program, List<Deviation> deviations) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String name : session.therapists()) {
            if (name != null && !name.isBlank()) {
                distinct.add(name.strip().toLowerCase(Locale.ROOT));
            }
        }
        if (distinct.size() < program.therapistsPerDosingSession()) {
            deviations.add(Deviation.of(DeviationCode.FEWER_THAN_TWO_THERAPISTS, session,
                    distinct.size() + " therapist(s) recorded; the program requires "
                            + program.therapistsPerDosingSession() + " at each dosing session."));
        }
    }

    private static void checkVitalSigns(RecordedSession session, TreatmentProgram program, List<Deviation> deviations) {
        if (!program.vitalSignsDuringDosing()) {
            return;
        }
        List<VitalSigns> readings = session.vitalSigns().stream().filter(Objects::nonNull).toList();
        List<String> missing = new ArrayList<>();
        if (readings.stream().noneMatch(VitalSigns::hasBloodPressure)) {
            missing.add("blood pressure");
        }
        if (readings.stream().noneMatch(VitalSigns::hasPulse)) {
            missing.add("pulse");
        }
        if (readings.stream().noneMatch(VitalSigns::hasTemperature)) {
            missing.add("temperature");
        }
        if (!missing.isEmpty()) {
            deviations.add(Deviation.of(DeviationCode.MISSING_VITAL_SIGNS, session,
                    "No " + String.join(", ", missing) + " reading recorded during this dosing session."));
        }
    }

    private static String describe(RecordedSession session) {
        String type = session.type() == null ? "session" : session.type().name().toLowerCase(Locale.ROOT) + " session";
        return session.number() == null ? type : type + " " + session.number();
    }

    private static String minutes(Duration duration) {
        long seconds = duration.getSeconds();
        return seconds % 60 == 0 ? Long.toString(seconds / 60) : String.format(Locale.ROOT, "%.1f", seconds / 60.0);
    }

    private static String mgList(List<Integer> doses) {
        return "(" + String.join(" or ", doses.stream().map(mg -> mg + " mg").toList()) + ")";
    }
}
