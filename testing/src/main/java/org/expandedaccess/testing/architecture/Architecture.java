package org.expandedaccess.testing.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture rules every service keeps, checked from a plain JUnit test of the service:
 * <pre>{@code
 * @Test
 * void keepsItsArchitecture() {
 *     Architecture.of("org.expandedaccess.eligibility").check();
 * }
 * }</pre>
 * For the service's root package:
 * <ol>
 *   <li><b>No cycles between feature packages</b>: the direct sub-packages of the root ({@code root.(*)..}, e.g.
 *       {@code determinations}, {@code programs}, {@code rules}) depend on each other in one direction only.</li>
 *   <li><b>The rules are a pure core</b>: classes in a package named {@code rules} ({@code root..rules..}) depend
 *       only on {@code java.*}, on other {@code rules} classes of the same service and on what
 *       {@link #allowingInRules(String...)} names. No Jakarta, Quarkus, MicroProfile, SmallRye, Hibernate, Jackson
 *       or platform code: the rules can be read, tested and changed without any framework.</li>
 * </ol>
 * Only the service's main classes are checked (test classes are not imported). A failure names each rule
 * broken and every offending dependency, with its source line.
 */
public final class Architecture {

    private final String root;
    private final List<String> allowedInRules;

    private Architecture(String root, List<String> allowedInRules) {
        this.root = root;
        this.allowedInRules = allowedInRules;
    }

    /** The rules for the service whose classes live under this package, e.g. {@code org.expandedaccess.intake}. */
    public static Architecture of(String rootPackage) {
        Objects.requireNonNull(rootPackage, "rootPackage");
        if (rootPackage.isBlank() || rootPackage.endsWith(".")) {
            throw new IllegalArgumentException("a root package such as org.expandedaccess.intake, not '" + rootPackage + "'");
        }
        return new Architecture(rootPackage, List.of());
    }

    /**
     * Further packages the rules may depend on, as ArchUnit package identifiers (e.g.
     * {@code "org.expandedaccess.platform.identifiers.."}). Each is an exception to the pure core: name only
     * framework-free code, and say in the test why it is allowed.
     */
    public Architecture allowingInRules(String... packageIdentifiers) {
        List<String> allowed = new ArrayList<>(allowedInRules);
        for (String p : packageIdentifiers) {
            allowed.add(Objects.requireNonNull(p, "package identifier"));
        }
        return new Architecture(root, List.copyOf(allowed));
    }

    /** Checks the service's main classes (found on the class path, test classes left out). */
    public void check() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(root);
        check(classes);
    }

    /**
     * Checks classes imported by the caller (e.g. a fixture of test classes).
     *
     * @throws AssertionError naming every rule broken and each offending dependency
     */
    public void check(JavaClasses classes) {
        if (classes.stream().noneMatch(c -> PackageMatcher.of(root + "..").matches(c.getPackageName()))) {
            throw new AssertionError("Architecture of " + root + ": no classes were found below " + root
                    + "; is the root package right, and are the main classes compiled?");
        }
        if (classes.stream().noneMatch(c -> PackageMatcher.of(rulesPackages()).matches(c.getPackageName()))) {
            throw new AssertionError("Architecture of " + root + ": no package named rules was found below " + root
                    + "; the service's pure domain core lives in " + root + ".rules (or in a rules package of a feature)");
        }
        List<String> failures = new ArrayList<>();
        for (ArchRule rule : rules()) {
            EvaluationResult result = rule.evaluate(classes);
            if (result.hasViolation()) {
                failures.add(result.getFailureReport().toString());
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError("Architecture of " + root + " is broken (" + failures.size() + " of "
                    + rules().size() + " rules):\n\n" + String.join("\n\n", failures));
        }
    }

    /** Every package named rules below the root, as an ArchUnit package identifier. */
    private String rulesPackages() {
        return root + "..rules..";
    }

    private List<ArchRule> rules() {
        return List.of(noCyclesBetweenFeatures(), rulesArePure());
    }

    private ArchRule noCyclesBetweenFeatures() {
        return slices().matching(root + ".(*)..").namingSlices("feature package '$1'")
                .should().beFreeOfCycles()
                .because("feature packages must depend on each other in one direction only: move the class that"
                        + " closes the cycle, or invert the dependency (an interface on the side that is depended on)");
    }

    private ArchRule rulesArePure() {
        String[] allowed = Stream.concat(Stream.of("java..", rulesPackages()), allowedInRules.stream())
                .toArray(String[]::new);
        return classes().that().resideInAPackage(rulesPackages())
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowed)
                .because("the rules are the pure domain core: no framework (jakarta, io.quarkus, "
                        + "org.eclipse.microprofile, io.smallrye, org.hibernate, com.fasterxml) and no platform code;"
                        + " keep such code beside the rules, in the feature package that uses them");
    }
}
