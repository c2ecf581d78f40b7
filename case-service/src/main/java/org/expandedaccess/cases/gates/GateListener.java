package org.expandedaccess.cases.gates;

import org.expandedaccess.cases.lifecycle.Case;

/**
 * What other parts of the case service (deadlines) do when a gate is recorded. Called inside the
 * transaction of the recording, so their effects commit or roll back with it.
 */
public interface GateListener {

    void gateRecorded(Case c, Gate gate, GateDetails details);
}
