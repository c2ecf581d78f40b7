package org.expandedaccess.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the local stack listens and keeps its files. All ports move together with
 * {@link #withPortOffset}, so a second stack (the end-to-end tests) can run beside a developer's one.
 *
 * @param dataDir  PostgreSQL, Kafka and Keycloak data and the logs; deleted by {@code up --fresh}
 * @param cacheDir unpacked Keycloak and PostgreSQL binaries, shared by every data dir
 * @param services false to start the infrastructure only
 */
public record StackConfig(
        Path projectRoot,
        Path dataDir,
        Path cacheDir,
        int postgresPort,
        int kafkaPort,
        int kafkaControllerPort,
        int keycloakPort,
        int keycloakManagementPort,
        int smtpPort,
        int intakePort,
        int eligibilityPort,
        int casePort,
        int notificationPort,
        int portalPort,
        boolean services) {

    public static final String REALM = "expanded-access";

    /**
     * One Quarkus service: its Maven module, HTTP port and the database it owns (user = password = name);
     * the portal owns none ({@code database} null): it keeps only web sessions and calls the others.
     */
    public record Service(String module, int port, String database) {
        public Path jar(Path projectRoot) {
            return projectRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        }
    }

    /**
     * The defaults for a developer: fixed ports (moved together by EA_STACK_PORT_OFFSET, so a second
     * stack can run beside the first; its data then goes to deploy/local/.data-<offset>), data under
     * deploy/local/.data, services from EA_STACK_SERVICES.
     */
    public static StackConfig defaults() {
        Path root = findProjectRoot(Path.of("").toAbsolutePath());
        int offset = portOffset(System.getenv("EA_STACK_PORT_OFFSET"));
        // a second stack keeps its own data (and pid file) so the two never touch each other's
        Path data = root.resolve(offset == 0 ? "deploy/local/.data" : "deploy/local/.data-" + offset);
        return withPortOffset(offset, data, root)
                .withServices(!"none".equalsIgnoreCase(System.getenv("EA_STACK_SERVICES")));
    }

    /** EA_STACK_PORT_OFFSET: empty means 0; anything else must be a number that keeps every port valid. */
    static int portOffset(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            int offset = Integer.parseInt(value.strip());
            if (offset < 0 || offset > 50000) {
                throw new StackException("EA_STACK_PORT_OFFSET must be between 0 and 50000, not " + offset);
            }
            return offset;
        } catch (NumberFormatException e) {
            throw new StackException("EA_STACK_PORT_OFFSET must be a number, not '" + value + "'");
        }
    }

    /** Every default port plus {@code offset}; cache dir from EA_CACHE_DIR or ~/.cache/expanded-access. */
    public static StackConfig withPortOffset(int offset, Path dataDir, Path projectRoot) {
        return new StackConfig(projectRoot.toAbsolutePath().normalize(), dataDir.toAbsolutePath().normalize(),
                defaultCacheDir(),
                5433 + offset, 9092 + offset, 9093 + offset, 8180 + offset, 9180 + offset, 3025 + offset,
                8081 + offset, 8082 + offset, 8083 + offset, 8084 + offset, 8080 + offset, true);
    }

    public StackConfig withServices(boolean enabled) {
        return new StackConfig(projectRoot, dataDir, cacheDir, postgresPort, kafkaPort, kafkaControllerPort,
                keycloakPort, keycloakManagementPort, smtpPort, intakePort, eligibilityPort, casePort,
                notificationPort, portalPort, enabled);
    }

    public StackConfig withCacheDir(Path dir) {
        return new StackConfig(projectRoot, dataDir, dir.toAbsolutePath().normalize(), postgresPort, kafkaPort,
                kafkaControllerPort, keycloakPort, keycloakManagementPort, smtpPort, intakePort, eligibilityPort,
                casePort, notificationPort, portalPort, services);
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    public Path logFile(String component) {
        return logDir().resolve(component + ".log");
    }

    public Path pidFile() {
        return dataDir.resolve("stack.pid");
    }

    public Path realmFile() {
        return projectRoot.resolve("deploy/keycloak/" + REALM + "-realm.json");
    }

    public String keycloakUrl() {
        return "http://localhost:" + keycloakPort;
    }

    public String portalUrl() {
        return "http://localhost:" + portalPort;
    }

    public String issuerUrl() {
        return keycloakUrl() + "/realms/" + REALM;
    }

    /** The four services and the portal, or none when only the infrastructure is wanted. */
    public List<Service> serviceList() {
        if (!services) {
            return List.of();
        }
        return List.of(
                new Service("intake-service", intakePort, "intake"),
                new Service("eligibility-service", eligibilityPort, "eligibility"),
                new Service("case-service", casePort, "cases"),
                new Service("notification-service", notificationPort, "notification"),
                new Service("portal", portalPort, null));
    }

    /** Every port the stack binds, with a name a person recognises, in start order. */
    public Map<Integer, String> ports() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(postgresPort, "PostgreSQL");
        ports.put(kafkaPort, "Kafka");
        ports.put(kafkaControllerPort, "Kafka controller");
        ports.put(keycloakPort, "Keycloak");
        ports.put(keycloakManagementPort, "Keycloak management");
        ports.put(smtpPort, "SMTP");
        serviceList().forEach(s -> ports.put(s.port(), s.module()));
        return ports;
    }

    /**
     * The folder holding {@code mvnw} and {@code deploy/keycloak}, searched from {@code start} upwards.
     *
     * @throws IllegalStateException when no such folder encloses {@code start}
     */
    public static Path findProjectRoot(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("deploy/keycloak"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the project root (a folder with mvnw and deploy/keycloak) above "
                + start.toAbsolutePath() + "; run the launcher from inside the project");
    }

    private static Path defaultCacheDir() {
        String env = System.getenv("EA_CACHE_DIR");
        Path dir = env != null && !env.isBlank()
                ? Path.of(env)
                : Path.of(System.getProperty("user.home"), ".cache", "expanded-access");
        return dir.toAbsolutePath().normalize();
    }
}
