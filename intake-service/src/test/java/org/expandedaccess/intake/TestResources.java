package org.expandedaccess.intake;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.expandedaccess.infra.quarkus.KafkaTestResource;
import org.expandedaccess.infra.quarkus.PostgresTestResource;

/**
 * The test resources of this module, declared once: embedded PostgreSQL and Kafka, the WireMock OIDC server.
 * They apply module-wide, to every {@code @QuarkusTest} (the default {@code restrictToAnnotatedClass = false}), and
 * each starts once for the whole run; a test class declares none of its own.
 */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
final class TestResources {

    private TestResources() {
    }
}
