package org.expandedaccess.cases.treatment;

import java.time.LocalTime;

/**
 * MDMA given in one dosing session: the initial dose and the optional supplemental dose, each with
 * the time it was taken (docs/regulatory/mdma-ptsd-program.md). Times are local to the treatment site; a dosing
 * session lasts 6-8 hours and does not cross midnight.
 *
 * @param initialMg      initial dose in mg
 * @param initialAt      time the initial dose was taken
 * @param supplementalMg supplemental dose in mg, {@code null} if none was given
 * @param supplementalAt time the supplemental dose was taken, {@code null} if none was given
 */
public record Dose(Integer initialMg, LocalTime initialAt, Integer supplementalMg, LocalTime supplementalAt) {

    /** Initial plus supplemental dose, counting missing values as zero. */
    public int totalMg() {
        return (initialMg == null ? 0 : initialMg) + (supplementalMg == null ? 0 : supplementalMg);
    }
}
