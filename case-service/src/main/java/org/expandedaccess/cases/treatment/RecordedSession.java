package org.expandedaccess.cases.treatment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the physician records about a session that took place (case-service issue 6, "Treatment
 * sessions"). The record accepts anything, so that it can carry a request body to
 * {@link #problems()}; the service refuses a session with problems and flags, without refusing,
 * a valid session that deviates from the program ({@link DeviationCheck}).
 *
 * @param type        kind of session
 * @param number      which planned session of that type this was (see {@link PlannedSession#number()}),
 *                    {@code null} if not tied to one
 * @param date        the day the session took place
 * @param dose        for a dosing session, the MDMA given; {@code null} for other sessions
 * @param therapists  names of the therapists present; never {@code null} (an absent list is empty)
 * @param vitalSigns  readings taken during the session; never {@code null}
 * @param cssrs       C-SSRS result at this visit, {@code null} if not recorded
 * @param notes       free text, at most {@link SessionValidator#MAX_NOTES_LENGTH} characters
 */
public record RecordedSession(SessionType type, Integer number, LocalDate date, Dose dose, List<String> therapists,
                              List<VitalSigns> vitalSigns, CssrsResult cssrs, String notes) {

    public RecordedSession {
        // Not List.copyOf: a null entry is a problem to report (problems()), not a reason to throw.
        therapists = therapists == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(therapists));
        vitalSigns = vitalSigns == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(vitalSigns));
    }

    /** The problems {@link SessionValidator#validate(RecordedSession)} finds; empty when the session may be stored. */
    public List<SessionProblem> problems() {
        return SessionValidator.validate(this);
    }
}
