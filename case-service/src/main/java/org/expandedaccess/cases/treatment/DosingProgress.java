package org.expandedaccess.cases.treatment;

import java.util.List;

/**
 * How many of the planned dosing sessions have been recorded.
 *
 * @param planned     planned dosing sessions
 * @param recorded    planned dosing sessions covered by a recorded one (at most {@code planned})
 * @param outstanding numbers of the planned dosing sessions not yet recorded, ascending
 */
public record DosingProgress(int planned, int recorded, List<Integer> outstanding) {

    public DosingProgress {
        outstanding = List.copyOf(outstanding);
    }

    public boolean allRecorded() {
        return outstanding.isEmpty();
    }
}
