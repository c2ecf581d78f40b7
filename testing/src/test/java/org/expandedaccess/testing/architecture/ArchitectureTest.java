package org.expandedaccess.testing.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each rule can fail: one fixture package per offence (under fixture/, in the test sources), and one that keeps
 * every rule. The fixtures are test classes, so they are imported here rather than by {@link Architecture#check()}.
 */
class ArchitectureTest {

    private static final String FIXTURE = "org.expandedaccess.testing.architecture.fixture.";

    @Test
    void aServiceThatKeepsTheRulesPasses() {
        assertDoesNotThrow(() -> Architecture.of(FIXTURE + "clean").check(fixture("clean")));
    }

    @Test
    void aCycleBetweenFeaturePackagesFails() {
        String report = failure("cyclic", Architecture.of(FIXTURE + "cyclic"));
        assertTrue(report.contains("be free of cycles"), report);
        assertTrue(report.contains("feature package 'orders'") && report.contains("feature package 'billing'"), report);
        assertTrue(report.contains("(1 of 2 rules)"), report);
    }

    @Test
    void aRulesClassUsingAFrameworkFails() {
        String report = failure("framework", Architecture.of(FIXTURE + "framework"));
        assertTrue(report.contains("pure domain core"), report);
        assertTrue(report.contains("Threshold") && report.contains("org.eclipse.microprofile.config.inject.ConfigProperty"),
                report);
        assertTrue(report.contains("(1 of 2 rules)"), report);
    }

    @Test
    void aRulesClassReachingIntoAFeaturePackageFails() {
        String report = failure("outward", Architecture.of(FIXTURE + "outward"));
        assertTrue(report.contains("Decision") && report.contains(FIXTURE + "outward.api.Handler"), report);
        assertFalse(report.contains("cycles"), report);
    }

    @Test
    void whatTheRulesMayAlsoUseIsNamedExplicitly() {
        String report = failure("allowed", Architecture.of(FIXTURE + "allowed.service"));
        assertTrue(report.contains(FIXTURE + "allowed.library.Checksums"), report);
        assertDoesNotThrow(() -> Architecture.of(FIXTURE + "allowed.service")
                .allowingInRules(FIXTURE + "allowed.library..").check(fixture("allowed")));
    }

    @Test
    void aRootWithoutClassesFailsInsteadOfPassingEmpty() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> Architecture.of(FIXTURE + "nothing").check(fixture("clean")));
        assertTrue(e.getMessage().contains("no classes were found"), e.getMessage());
    }

    @Test
    void aServiceWithoutARulesPackageFailsInsteadOfPassingEmpty() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> Architecture.of(FIXTURE + "clean.api").check(fixture("clean")));
        assertTrue(e.getMessage().contains("no package named rules"), e.getMessage());
    }

    @Test
    void checkImportsOnlyMainClasses() {
        // the fixtures are test classes: check() must not see them, so it says it found nothing
        AssertionError e = assertThrows(AssertionError.class, () -> Architecture.of(FIXTURE + "cyclic").check());
        assertTrue(e.getMessage().contains("no classes were found"), e.getMessage());
    }

    private static String failure(String fixture, Architecture architecture) {
        return assertThrows(AssertionError.class, () -> architecture.check(fixture(fixture))).getMessage();
    }

    private static JavaClasses fixture(String name) {
        return new ClassFileImporter().importPackages(FIXTURE + name);
    }
}
