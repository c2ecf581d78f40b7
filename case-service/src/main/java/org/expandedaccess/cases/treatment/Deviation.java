package org.expandedaccess.cases.treatment;

import java.time.LocalDate;

/**
 * A flag that a recorded session departs from the treatment program.
 *
 * @param code    a {@link DeviationCode} name, stable for API clients
 * @param type    type of the session the flag is about
 * @param number  that session's planned number, {@code null} if it was recorded without one
 * @param date    that session's date
 * @param message what is off, in words a physician understands; holds no patient data beyond
 *                session facts (dates, doses, counts)
 * @param source  the rule and where it comes from
 */
public record Deviation(String code, SessionType type, Integer number, LocalDate date, String message, String source) {

    static Deviation of(DeviationCode code, RecordedSession session, String message) {
        return new Deviation(code.name(), session.type(), session.number(), session.date(), message, code.source());
    }
}
