package org.expandedaccess.notifications;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.expandedaccess.infra.quarkus.KafkaTestResource;
import org.expandedaccess.infra.quarkus.PostgresTestResource;
import org.expandedaccess.notifications.support.SmtpTestResource;

/**
 * The test resources of this module, declared once: embedded PostgreSQL and Kafka, the WireMock OIDC server, a real SMTP server (GreenMail).
 * They apply module-wide, to every {@code @QuarkusTest} (the default {@code restrictToAnnotatedClass = false}), and
 * each starts once for the whole run; a test class declares none of its own.
 */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(SmtpTestResource.class)
final class TestResources {

    private TestResources() {
    }
}
