package org.expandedaccess.cases.treatment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the facts of one recorded session on their own: what is required, and that values are
 * physically possible. A failed check is a data-entry error (HTTP 422); it says nothing about the
 * program, which is {@link DeviationCheck}'s job. The physiologic ranges are deliberately wide
 * (they catch typos such as a temperature in Fahrenheit, not clinical concern).
 */
public final class SessionValidator {

    /** Longest notes accepted, in characters. Product limit. */
    public static final int MAX_NOTES_LENGTH = 2000;

    /** Systolic blood pressure, mmHg, inclusive. Plausibility range chosen by this product. */
    public static final int SYSTOLIC_MIN = 50;
    public static final int SYSTOLIC_MAX = 260;
    /** Diastolic blood pressure, mmHg, inclusive. */
    public static final int DIASTOLIC_MIN = 30;
    public static final int DIASTOLIC_MAX = 160;
    /** Pulse, beats per minute, inclusive. */
    public static final int PULSE_MIN = 20;
    public static final int PULSE_MAX = 250;
    /** Body temperature, degrees Celsius, inclusive. */
    public static final BigDecimal TEMPERATURE_MIN_C = new BigDecimal("30");
    public static final BigDecimal TEMPERATURE_MAX_C = new BigDecimal("45");

    private SessionValidator() {
    }

    /** The problems of a session, in field order; empty if it may be stored. */
    public static List<SessionProblem> validate(RecordedSession session) {
        List<SessionProblem> problems = new ArrayList<>();
        if (session == null) {
            problems.add(new SessionProblem("", "a session is required"));
            return problems;
        }
        if (session.type() == null) {
            problems.add(new SessionProblem("type", "type is required (PREPARATORY, DOSING or INTEGRATION)"));
        }
        if (session.number() != null && session.number() < 1) {
            problems.add(new SessionProblem("number", "number must be 1 or more"));
        }
        if (session.date() == null) {
            problems.add(new SessionProblem("date", "date is required"));
        }
        checkDose(session, problems);
        for (int i = 0; i < session.therapists().size(); i++) {
            String name = session.therapists().get(i);
            if (name == null || name.isBlank()) {
                problems.add(new SessionProblem("therapists[" + i + "]", "therapist name must not be blank"));
            }
        }
        for (int i = 0; i < session.vitalSigns().size(); i++) {
            checkVitalSigns("vitalSigns[" + i + "]", session.vitalSigns().get(i), problems);
        }
        if (session.notes() != null && session.notes().length() > MAX_NOTES_LENGTH) {
            problems.add(new SessionProblem("notes", "notes must be at most " + MAX_NOTES_LENGTH + " characters"));
        }
        return List.copyOf(problems);
    }

    private static void checkDose(RecordedSession session, List<SessionProblem> problems) {
        Dose dose = session.dose();
        if (session.type() != null && session.type() != SessionType.DOSING) {
            if (dose != null) {
                problems.add(new SessionProblem("dose", "a dose is recorded for dosing sessions only"));
            }
            return;
        }
        if (dose == null) {
            if (session.type() == SessionType.DOSING) {
                problems.add(new SessionProblem("dose", "a dosing session needs the dose given"));
            }
            return;
        }
        if (dose.initialMg() == null || dose.initialMg() <= 0) {
            problems.add(new SessionProblem("dose.initialMg", "initial dose must be more than 0 mg"));
        }
        if (dose.initialAt() == null) {
            problems.add(new SessionProblem("dose.initialAt", "time of the initial dose is required"));
        }
        if (dose.supplementalMg() != null && dose.supplementalMg() <= 0) {
            problems.add(new SessionProblem("dose.supplementalMg", "supplemental dose must be more than 0 mg, or absent"));
        }
        if (dose.supplementalMg() != null && dose.supplementalAt() == null) {
            problems.add(new SessionProblem("dose.supplementalAt", "time of the supplemental dose is required when one was given"));
        }
        if (dose.supplementalMg() == null && dose.supplementalAt() != null) {
            problems.add(new SessionProblem("dose.supplementalMg", "supplemental dose is required when its time is given"));
        }
        if (dose.initialAt() != null && dose.supplementalAt() != null && !dose.supplementalAt().isAfter(dose.initialAt())) {
            problems.add(new SessionProblem("dose.supplementalAt", "supplemental dose must be taken after the initial dose"));
        }
    }

    private static void checkVitalSigns(String path, VitalSigns reading, List<SessionProblem> problems) {
        if (reading == null) {
            problems.add(new SessionProblem(path, "reading must not be empty"));
            return;
        }
        if (reading.takenAt() == null) {
            problems.add(new SessionProblem(path + ".takenAt", "time of the reading is required"));
        }
        if (reading.systolic() == null && reading.diastolic() == null && reading.pulse() == null
                && reading.temperatureC() == null) {
            problems.add(new SessionProblem(path, "a reading needs at least one value"));
        }
        if ((reading.systolic() == null) != (reading.diastolic() == null)) {
            problems.add(new SessionProblem(path + (reading.systolic() == null ? ".systolic" : ".diastolic"),
                    "blood pressure needs both systolic and diastolic values"));
        }
        range(path + ".systolic", reading.systolic(), SYSTOLIC_MIN, SYSTOLIC_MAX, "mmHg", problems);
        range(path + ".diastolic", reading.diastolic(), DIASTOLIC_MIN, DIASTOLIC_MAX, "mmHg", problems);
        if (reading.hasBloodPressure() && reading.systolic() <= reading.diastolic()) {
            problems.add(new SessionProblem(path + ".diastolic", "diastolic must be lower than systolic"));
        }
        range(path + ".pulse", reading.pulse(), PULSE_MIN, PULSE_MAX, "beats per minute", problems);
        BigDecimal t = reading.temperatureC();
        if (t != null && (t.compareTo(TEMPERATURE_MIN_C) < 0 || t.compareTo(TEMPERATURE_MAX_C) > 0)) {
            problems.add(new SessionProblem(path + ".temperatureC", "temperature must be between "
                    + TEMPERATURE_MIN_C + " and " + TEMPERATURE_MAX_C + " degrees Celsius"));
        }
    }

    private static void range(String path, Integer value, int min, int max, String unit, List<SessionProblem> problems) {
        if (value != null && (value < min || value > max)) {
            problems.add(new SessionProblem(path, "must be between " + min + " and " + max + " " + unit));
        }
    }
}
