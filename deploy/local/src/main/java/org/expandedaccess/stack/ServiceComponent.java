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

    /**
     * The services' JVM flags, sized with deploy/bench/pipeline (deploy/bench/README.md): a service holds about
     * 35 MiB of live heap under load, and a 96 MiB heap kept up as well as 256 MiB did while each service stayed
     * 30-55 MiB smaller; 128 MiB leaves headroom for the end-to-end fault and fuzz suites. Most of the rest of a
     * service's footprint is class metadata (about 110 MiB). EA_STACK_SERVICE_JVM_OPTS replaces these flags
     * (space-separated), for measuring others.
     */
    static final String DEFAULT_JVM_OPTS = "-Xmx128m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -Xss512k";

    @Override
    protected List<String> command() {
        String opts = System.getenv().getOrDefault("EA_STACK_SERVICE_JVM_OPTS", DEFAULT_JVM_OPTS).trim();
        List<String> command = new java.util.ArrayList<>();
        command.add(java());
        if (!opts.isEmpty()) {
            command.addAll(List.of(opts.split("\\s+")));
        }
        command.add("-jar");
        command.add(service.jar(config.projectRoot()).toString());
        return command;
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
