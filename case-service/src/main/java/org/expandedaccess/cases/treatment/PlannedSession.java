package org.expandedaccess.cases.treatment;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One session of a generated {@link SessionPlan}.
 *
 * @param sequence    position in the whole plan, 1-based, in date order
 * @param type        kind of session
 * @param number      1-based number within its type across the whole plan (integration sessions
 *                    run 1..9 in the default program)
 * @param afterDosing for an integration session, the number of the dosing session it follows;
 *                    {@code null} otherwise
 * @param targetDate  the planned date; the actual date may differ
 */
public record PlannedSession(int sequence, SessionType type, int number, Integer afterDosing, LocalDate targetDate) {

    public PlannedSession {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(targetDate, "targetDate");
        if ((type == SessionType.INTEGRATION) != (afterDosing != null)) {
            throw new IllegalArgumentException("afterDosing is given for integration sessions only");
        }
    }
}
