package org.expandedaccess.stack;

import org.expandedaccess.infra.Ports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StackTest {

    @TempDir
    Path tmp;

    private static final Map<Integer, String> PORTS = new LinkedHashMap<>(Map.of(8180, "Keycloak"));

    static {
        PORTS.put(9180, "Keycloak management");
        PORTS.put(3025, "SMTP");
    }

    @Test
    void noMessageWhenAllPortsAreFree() {
        assertEquals(Optional.empty(), Stack.busyPortsMessage(PORTS, port -> true));
    }

    @Test
    void oneBusyPortIsNamedWithWhatToDo() {
        assertEquals(Optional.of("port 8180 (Keycloak) is already in use; stop what uses it or run 'deploy/local/stack down'"),
                Stack.busyPortsMessage(PORTS, port -> port != 8180));
    }

    @Test
    void severalBusyPortsAreAllNamed() {
        assertEquals(Optional.of("ports 8180 (Keycloak), 3025 (SMTP) are already in use;"
                        + " stop what uses them or run 'deploy/local/stack down'"),
                Stack.busyPortsMessage(PORTS, port -> !Set.of(8180, 3025).contains(port)));
    }

    @Test
    void startRefusesATakenPortBeforeStartingAnything() throws IOException {
        try (ServerSocket taken = bindSomeSmtpPort()) {
            Path root = fakeProject();
            int offset = taken.getLocalPort() - 3025;
            StackConfig config = StackConfig.withPortOffset(offset, tmp.resolve("data"), root)
                    .withServices(false).withCacheDir(tmp.resolve("cache"));
            Stack stack = new Stack(config, ProgressListener.silent());

            StackException e = assertThrows(StackException.class, stack::start);

            assertTrue(e.getMessage().contains("port " + taken.getLocalPort() + " (SMTP) is already in use"), e.getMessage());
            assertTrue(stack.components().stream().allMatch(c -> c.state() == Component.State.NEW));
            assertTrue(Files.notExists(tmp.resolve("data")), "nothing was created");
        }
    }

    /**
     * A port 3025 + offset, bound here, at an offset whose other stack ports are free right now (below 65536),
     * so the refusal names this port alone.
     */
    private ServerSocket bindSomeSmtpPort() throws IOException {
        for (int offset = 30000; offset < 50000; offset += 97) {
            int smtp = 3025 + offset;
            StackConfig probe = StackConfig.withPortOffset(offset, tmp.resolve("probe"), tmp);
            boolean othersFree = probe.ports().keySet().stream().filter(p -> p != smtp).allMatch(StackTest::free);
            if (!othersFree) {
                continue;
            }
            try {
                return new ServerSocket(smtp, 1, InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                // taken by someone else: try the next one
            }
        }
        throw new IOException("no free port found for the test");
    }

    private static boolean free(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void preflightNamesMissingServiceJars() throws IOException {
        Path root = fakeProject();
        StackConfig config = StackConfig.withPortOffset(Ports.freePort() - 9180, tmp.resolve("data"), root)
                .withCacheDir(tmp.resolve("cache"));

        StackException e = assertThrows(StackException.class, () -> Stack.preflight(config));

        assertTrue(e.getMessage().contains("intake-service/target/quarkus-app/quarkus-run.jar"), e.getMessage());
        assertTrue(e.getMessage().contains("./mvnw package -DskipTests"), e.getMessage());
    }

    @Test
    void describeKeepsTheCauses() {
        Exception e = new IllegalStateException("PostgreSQL did not start on port 5433",
                new IOException("could not lock epg-lock"));

        assertEquals("PostgreSQL did not start on port 5433: could not lock epg-lock", Stack.describe(e));
    }

    private Path fakeProject() throws IOException {
        Path root = tmp.resolve("project");
        Files.createDirectories(root.resolve("deploy/keycloak"));
        Files.writeString(root.resolve("mvnw"), "");
        Files.writeString(root.resolve("deploy/keycloak/expanded-access-realm.json"), "{}");
        return root;
    }
}
