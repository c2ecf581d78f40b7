package org.expandedaccess.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Keycloak in dev mode with an H2 file database under the data dir, so several data dirs share one
 * unpacked distribution, and deleting the data dir makes the realm import run again.
 */
final class KeycloakComponent extends ProcessComponent {

    /** Written after the first successful start: from then on the distribution is built. */
    private static final String STARTED_MARKER = ".ea-started-once";

    /** The portal's port in the realm export; moved to the stack's portal port on import. */
    static final int PORTAL_DEFAULT_PORT = 8080;

    private final StackConfig config;
    private Path home;

    KeycloakComponent(StackConfig config) {
        super("keycloak", config.keycloakPort(), config.logFile("keycloak"));
        this.config = config;
    }

    @Override
    protected void prepare(ProgressListener listener) throws Exception {
        if (!KeycloakDistribution.isUnpacked(config)) {
            listener.message(name(), "unpacking Keycloak " + KeycloakDistribution.VERSION + " into " + config.cacheDir());
        }
        home = KeycloakDistribution.ensureUnpacked(config);
        if (!Files.exists(home.resolve(STARTED_MARKER))) {
            listener.message(name(), "first start: Keycloak configures itself once, allow 1-2 minutes");
        }
        Path imports = Files.createDirectories(home.resolve("data/import"));
        // the portal's and the Swagger UIs' redirect URIs and web origins name their ports, which move with the
        // port offset
        String realm = Files.readString(config.realmFile())
                .replace("http://localhost:" + PORTAL_DEFAULT_PORT, config.portalUrl())
                .replace("http://localhost:8081", "http://localhost:" + config.intakePort())
                .replace("http://localhost:8082", "http://localhost:" + config.eligibilityPort())
                .replace("http://localhost:8083", "http://localhost:" + config.casePort())
                .replace("http://localhost:8084", "http://localhost:" + config.notificationPort());
        Files.writeString(imports.resolve(config.realmFile().getFileName()), realm);
        Files.createDirectories(dbDir());
    }

    private Path dbDir() {
        return config.dataDir().resolve("keycloak");
    }

    @Override
    protected List<String> command() {
        return List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + config.keycloakPort(),
                "--http-management-port=" + config.keycloakManagementPort(),
                "--health-enabled=true",
                // a fixed issuer, whatever host name a client used
                "--hostname=" + config.keycloakUrl(),
                "--import-realm");
    }

    @Override
    protected Map<String, String> environment() {
        return Map.of(
                "JAVA_HOME", System.getProperty("java.home"),
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin",
                "KC_DB", "dev-file",
                "KC_DB_URL", "jdbc:h2:file:" + dbDir().resolve("keycloakdb") + ";NON_KEYWORDS=VALUE");
    }

    @Override
    protected Path workingDir() {
        return dbDir();
    }

    @Override
    protected boolean isReady() {
        return Probes.httpOk("http://127.0.0.1:" + config.keycloakManagementPort() + "/health/ready")
                && Probes.httpOk("http://127.0.0.1:" + config.keycloakPort() + "/realms/" + StackConfig.REALM);
    }

    @Override
    protected Duration startTimeout() {
        return Duration.ofMinutes(5);
    }

    @Override
    protected void afterReady() throws IOException {
        Files.writeString(home.resolve(STARTED_MARKER), "");
    }
}
