package org.expandedaccess.testing;

import io.restassured.RestAssured;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Registered for every test class of a module that has this library on its test classpath (JUnit's extension
 * auto-detection, switched on in the parent pom's surefire configuration): every REST Assured exchange with
 * an {@code /api/} path is checked against the OpenAPI document the service under test serves
 * ({@link ContractFilter}). A test that gets an answer its own contract does not allow fails.
 */
public class ContractValidation implements BeforeAllCallback {

    private static final ContractFilter FILTER = new ContractFilter();

    @Override
    public void beforeAll(ExtensionContext context) {
        install();
    }

    static synchronized void install() {
        if (RestAssured.filters().stream().noneMatch(f -> f instanceof ContractFilter)) {
            RestAssured.filters(FILTER);
        }
    }
}
