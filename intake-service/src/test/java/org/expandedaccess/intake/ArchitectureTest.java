package org.expandedaccess.intake;

import org.expandedaccess.testing.architecture.Architecture;
import org.junit.jupiter.api.Test;

/**
 * No cycles between this service's feature packages, and its rules package (request content, completeness,
 * content validation) is a pure core. Plain JUnit: reads the compiled classes, starts nothing.
 */
class ArchitectureTest {

    @Test
    void keepsItsArchitecture() {
        // - the rules check NPI and DEA check digits and ICD-10-CM codes with the platform's Identifiers: plain
        //   algorithms in java.* alone, shared with case-service, so the one platform package the rules may use;
        // - RequestContent.isEmergency() is @JsonIgnore'd, a Jackson annotation only (no Jackson code): without it
        //   the method would read as a property, and it shapes the API document (content.emergency)
        Architecture.of("org.expandedaccess.intake")
                .allowingInRules("org.expandedaccess.platform.identifiers..", "com.fasterxml.jackson.annotation..")
                .check();
    }
}
