package org.expandedaccess.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One packaged Quarkus service, configured entirely through environment variables. */
final class ServiceComponent extends ProcessComponent {

    private final StackConfig config;
    private final StackConfig.Service service;

    ServiceComponent(StackConfig config, StackConfig.Service service) {
        super(service.module(), service.port(), config.logFile(service.module()));
        this.config = config;
        this.service = service;
    }

    @Override
    protected List<String> command() {
        return List.of(java(), "-Xmx256m", "-XX:+UseSerialGC", "-jar", service.jar(config.projectRoot()).toString());
    }

    @Override
    protected Map<String, String> environment() {
        if (service.database() == null) {
            return portalEnvironment();
        }
        String db = service.database();
        Map<String, String> env = new HashMap<>(Map.of(
                "QUARKUS_HTTP_PORT", String.valueOf(service.port()),
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + config.postgresPort() + "/" + db,
                "QUARKUS_DATASOURCE_USERNAME", db,
                "QUARKUS_DATASOURCE_PASSWORD", db,
                "KAFKA_BOOTSTRAP_SERVERS", "localhost:" + config.kafkaPort(),
                "QUARKUS_OIDC_AUTH_SERVER_URL", config.issuerUrl(),
                "QUARKUS_MAILER_HOST", "127.0.0.1",
                "QUARKUS_MAILER_PORT", String.valueOf(config.smtpPort()),
                "EA_LINKS_BASE_URL", "http://localhost:" + config.casePort()));
        if (service.module().equals("case-service")) {
            // the Form 3926 draft reads the request from intake with the caller's token (docs/decisions/0006)
            env.put("EA_CASES_INTAKE_URL", "http://localhost:" + config.intakePort());
        }
        if (service.module().equals("notification-service")) {
            // one machine: integrators may register http://localhost receivers (never allowed in production)
            env.put("EA_WEBHOOKS_ALLOW_LOOPBACK", "true");
        }
        return env;
    }

    /** The portal: the services it calls and the realm its users sign in to (client ea-portal). */
    private Map<String, String> portalEnvironment() {
        return Map.of(
                "QUARKUS_HTTP_PORT", String.valueOf(service.port()),
                "QUARKUS_OIDC_AUTH_SERVER_URL", config.issuerUrl(),
                "EA_PORTAL_INTAKE_URL", "http://localhost:" + config.intakePort(),
                "EA_PORTAL_ELIGIBILITY_URL", "http://localhost:" + config.eligibilityPort(),
                "EA_PORTAL_CASES_URL", "http://localhost:" + config.casePort(),
                "EA_PORTAL_NOTIFICATIONS_URL", "http://localhost:" + config.notificationPort());
    }

    @Override
    protected Path workingDir() {
        // not the module folder: a developer's .env or config/ there is meant for dev mode, not for this run
        return config.dataDir().resolve(service.module());
    }

    @Override
    protected boolean isReady() {
        return Probes.httpOk("http://127.0.0.1:" + service.port() + "/q/health/ready");
    }

    @Override
    protected Duration startTimeout() {
        return Duration.ofMinutes(3);
    }
}
