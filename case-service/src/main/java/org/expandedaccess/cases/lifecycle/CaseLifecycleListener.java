package org.expandedaccess.cases.lifecycle;

import org.expandedaccess.cases.audit.Actor;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What other parts of the case service (deadlines, treatment) do when a case changes. Called inside the
 * transaction of the change, so their effects commit or roll back with it.
 */
public interface CaseLifecycleListener {

    /**
     * The case was just created from the submitted request, before {@link #opened}: what the request itself
     * already settles is recorded here (the FDA gate of an emergency authorised by telephone).
     */
    default void openedFromRequest(Case c, RequestSubmitted request, Actor source) {
    }

    default void opened(Case c) {
    }

    default void statusChanged(Case c, CaseStatus old) {
    }

    /** Sponsor staff (triager or medical reviewer) acted on the case. */
    default void sponsorActed(Case c, Actor actor) {
    }

    default void treatmentStarted(Case c) {
    }

    default void treatmentCompleted(Case c) {
    }

    /** The date of the last treatment session recorded for the case, if any. */
    default Optional<LocalDate> lastSessionOn(Case c) {
        return Optional.empty();
    }

    /** Why treatment cannot be completed yet without a reason for ending early; empty if it can. */
    default Optional<String> completionProblem(Case c) {
        return Optional.empty();
    }
}
