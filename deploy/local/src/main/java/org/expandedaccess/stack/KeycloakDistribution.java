package org.expandedaccess.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The Keycloak server, unpacked once from the Maven artifact into the cache folder. Unpacking goes
 * into a temporary folder that is renamed at the end, so an interrupted unpack never leaves a
 * half-filled distribution behind and two launchers racing each other both end up with a whole one.
 */
final class KeycloakDistribution {

    static final String VERSION = loadVersion();

    private KeycloakDistribution() {
    }

    static Path home(StackConfig config) {
        return config.cacheDir().resolve("keycloak-" + VERSION);
    }

    static boolean isUnpacked(StackConfig config) {
        return Files.isRegularFile(home(config).resolve("bin/kc.sh"));
    }

    /** The tar.gz that Maven fetched: the module's target/keycloak, else the local repository. */
    static Optional<Path> archive(StackConfig config) {
        String file = "keycloak-quarkus-dist-" + VERSION + ".tar.gz";
        String repo = System.getProperty("maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
        return Stream.of(
                        config.projectRoot().resolve("deploy/local/target/keycloak").resolve(file),
                        Path.of(repo, "org/keycloak/keycloak-quarkus-dist", VERSION, file))
                .filter(Files::isRegularFile)
                .findFirst();
    }

    /** Why Keycloak cannot start, or empty when it can. */
    static Optional<String> problem(StackConfig config) {
        if (isUnpacked(config) || archive(config).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("the Keycloak distribution org.keycloak:keycloak-quarkus-dist:" + VERSION
                + ":tar.gz was not found in deploy/local/target/keycloak/ nor in ~/.m2;"
                + " run './mvnw package -DskipTests' in " + config.projectRoot() + " to fetch it");
    }

    /** Unpacks the distribution unless that was done before; returns its folder. */
    static Path ensureUnpacked(StackConfig config) throws IOException, InterruptedException {
        Path home = home(config);
        if (isUnpacked(config)) {
            return home;
        }
        Path archive = archive(config).orElseThrow(() -> new StackException(problem(config).orElseThrow()));
        Files.createDirectories(config.cacheDir());
        Path temp = Files.createTempDirectory(config.cacheDir(), ".keycloak-unpack-");
        try {
            // tar keeps the executable bits of bin/*.sh, which a plain Java unpacker would have to restore
            Process tar = new ProcessBuilder(List.of("tar", "-xzf", archive.toString(), "-C", temp.toString()))
                    .redirectErrorStream(true).start();
            String output;
            try (InputStream in = tar.getInputStream()) {
                output = new String(in.readAllBytes());
            }
            if (tar.waitFor() != 0) {
                throw new StackException("could not unpack " + archive + ": " + output.strip());
            }
            try {
                Files.move(temp.resolve("keycloak-" + VERSION), home, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                if (!isUnpacked(config)) {
                    throw new StackException(home + " exists but holds no Keycloak; delete it and retry", e);
                }
                // another launcher finished first; its copy is as good as ours
            } catch (AtomicMoveNotSupportedException e) {
                throw new StackException("cannot rename inside " + config.cacheDir() + "; set EA_CACHE_DIR to a local folder", e);
            }
            return home;
        } finally {
            deleteTree(temp);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String loadVersion() {
        Properties props = new Properties();
        try (InputStream in = KeycloakDistribution.class.getResourceAsStream("/stack.properties")) {
            if (in == null) {
                throw new IllegalStateException("stack.properties is missing from the class path; rebuild deploy/local");
            }
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stack.properties", e);
        }
        return props.getProperty("keycloak.version");
    }
}
