package org.expandedaccess.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * The same check for {@code @QuarkusTest} classes: they run in Quarkus' own class loader, with their own copy of
 * REST Assured, which only a Quarkus test callback reaches.
 */
public class QuarkusContractValidation implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        ContractValidation.install();
    }
}
