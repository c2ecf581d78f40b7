package org.expandedaccess.cases;

import org.expandedaccess.testing.architecture.Architecture;
import org.junit.jupiter.api.Test;

/**
 * No cycles between this service's feature packages (lifecycle, transitions, overview, gates, triage, deadlines,
 * treatment, adverse, form3926, audit, time, config), and its rules package (the deadline rules and the working-day
 * calendar) is a pure core. Plain JUnit: reads the compiled classes, starts nothing.
 */
class ArchitectureTest {

    @Test
    void keepsItsArchitecture() {
        // the working-day calendar takes US federal holidays from Jollyday, a plain library (no framework)
        Architecture.of("org.expandedaccess.cases")
                .allowingInRules("de.focus_shift.jollyday..")
                .check();
    }
}
