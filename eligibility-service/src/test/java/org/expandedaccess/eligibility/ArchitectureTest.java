package org.expandedaccess.eligibility;

import org.expandedaccess.testing.architecture.Architecture;
import org.junit.jupiter.api.Test;

/**
 * No cycles between this service's feature packages, and its rules package is a pure core (java.* and other
 * rules classes only). Plain JUnit: reads the compiled classes, starts nothing.
 */
class ArchitectureTest {

    @Test
    void keepsItsArchitecture() {
        Architecture.of("org.expandedaccess.eligibility").check();
    }
}
