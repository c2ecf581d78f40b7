package org.expandedaccess.cases.treatment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Builds recorded sessions for tests: a compliant one by default, changed one fact at a time. */
final class Sessions {

    static final LocalTime NINE = LocalTime.of(9, 0);
    static final List<String> TWO_THERAPISTS = List.of("Theo Lead", "Tara Co");
    static final VitalSigns FULL_READING = new VitalSigns(LocalTime.of(10, 0), 128, 82, 88, new BigDecimal("37.1"));

    private Sessions() {
    }

    /** A dosing session that meets every program rule: 120 mg + 60 mg after 90 minutes. */
    static RecordedSession dosing(int number, LocalDate date) {
        return dosing(number, date, new Dose(120, NINE, 60, NINE.plusMinutes(90)));
    }

    static RecordedSession dosing(int number, LocalDate date, Dose dose) {
        return new RecordedSession(SessionType.DOSING, number, date, dose, TWO_THERAPISTS, List.of(FULL_READING),
                CssrsResult.NONE, null);
    }

    static RecordedSession withTherapists(RecordedSession s, List<String> therapists) {
        return new RecordedSession(s.type(), s.number(), s.date(), s.dose(), therapists, s.vitalSigns(), s.cssrs(), s.notes());
    }

    static RecordedSession withVitalSigns(RecordedSession s, List<VitalSigns> readings) {
        return new RecordedSession(s.type(), s.number(), s.date(), s.dose(), s.therapists(), readings, s.cssrs(), s.notes());
    }

    static RecordedSession withCssrs(RecordedSession s, CssrsResult cssrs) {
        return new RecordedSession(s.type(), s.number(), s.date(), s.dose(), s.therapists(), s.vitalSigns(), cssrs, s.notes());
    }

    static RecordedSession withNotes(RecordedSession s, String notes) {
        return new RecordedSession(s.type(), s.number(), s.date(), s.dose(), s.therapists(), s.vitalSigns(), s.cssrs(), notes);
    }

    static RecordedSession withNumber(RecordedSession s, Integer number) {
        return new RecordedSession(s.type(), number, s.date(), s.dose(), s.therapists(), s.vitalSigns(), s.cssrs(), s.notes());
    }

    /** A non-drug session with a C-SSRS result and nothing else. */
    static RecordedSession talk(SessionType type, int number, LocalDate date) {
        return new RecordedSession(type, number, date, null, List.of("Theo Lead"), List.of(), CssrsResult.LOW, null);
    }
}
