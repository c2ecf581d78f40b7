package org.expandedaccess.cases;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.expandedaccess.cases.support.IntakeStandIn;
import org.expandedaccess.infra.quarkus.KafkaTestResource;
import org.expandedaccess.infra.quarkus.PostgresTestResource;

/**
 * The test resources of every {@code @QuarkusTest} in this module, declared once: a resource that is not
 * restricted to its annotated class applies module-wide, so all tests share one PostgreSQL, one Kafka broker,
 * the WireMock OIDC server and the intake stand-in, and one application start.
 */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(IntakeStandIn.class)
final class TestResources {

    private TestResources() {
    }
}
