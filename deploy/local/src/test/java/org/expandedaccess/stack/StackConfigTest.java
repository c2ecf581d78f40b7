package org.expandedaccess.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StackConfigTest {

    @TempDir
    Path tmp;

    @Test
    void portOffsetMovesEveryPortAndKeepsThemDistinct() {
        StackConfig base = StackConfig.withPortOffset(0, tmp.resolve("a"), tmp);
        StackConfig moved = StackConfig.withPortOffset(20000, tmp.resolve("b"), tmp);

        assertEquals(List.of(5433, 9092, 9093, 8180, 9180, 3025, 8081, 8082, 8083, 8084, 8080), List.copyOf(base.ports().keySet()));
        assertEquals(base.ports().keySet().stream().map(p -> p + 20000).toList(), List.copyOf(moved.ports().keySet()));
        assertEquals(25433, moved.postgresPort());
        assertEquals(28180, moved.keycloakPort());
        assertEquals(29180, moved.keycloakManagementPort());
        assertEquals(28083, moved.casePort());
        assertEquals(28080, moved.portalPort());
        assertEquals("http://localhost:28080", moved.portalUrl());
        assertEquals(11, moved.ports().size(), "no two components may share a port");
        assertEquals("http://localhost:28180/realms/expanded-access", moved.issuerUrl());
    }

    @Test
    void portOffsetFromTheEnvironmentIsANumberInRange() {
        assertEquals(0, StackConfig.portOffset(null));
        assertEquals(0, StackConfig.portOffset(" "));
        assertEquals(10000, StackConfig.portOffset("10000"));
        org.junit.jupiter.api.Assertions.assertThrows(StackException.class, () -> StackConfig.portOffset("ten"));
        org.junit.jupiter.api.Assertions.assertThrows(StackException.class, () -> StackConfig.portOffset("60000"));
    }

    @Test
    void pathsFollowTheDataDir() {
        StackConfig config = StackConfig.withPortOffset(20000, tmp.resolve("data"), tmp);

        assertEquals(tmp.resolve("data/logs"), config.logDir());
        assertEquals(tmp.resolve("data/logs/keycloak.log"), config.logFile("keycloak"));
        assertEquals(tmp.resolve("data/stack.pid"), config.pidFile());
        assertEquals(tmp.resolve("deploy/keycloak/expanded-access-realm.json"), config.realmFile());
    }

    @Test
    void servicesCanBeLeftOut() {
        StackConfig config = StackConfig.withPortOffset(0, tmp, tmp).withServices(false);

        assertTrue(config.serviceList().isEmpty());
        assertFalse(config.ports().containsKey(8081));
        assertEquals(6, config.ports().size());
    }

    @Test
    void everyServiceHasItsOwnDatabaseAndJar() {
        StackConfig config = StackConfig.withPortOffset(0, tmp, tmp);

        assertEquals(java.util.Arrays.asList("intake", "eligibility", "cases", "notification", null),
                config.serviceList().stream().map(StackConfig.Service::database).toList(),
                "the portal owns no database: it keeps only web sessions");
        assertEquals(tmp.resolve("portal/target/quarkus-app/quarkus-run.jar"), config.serviceList().get(4).jar(tmp));
        assertEquals(tmp.resolve("case-service/target/quarkus-app/quarkus-run.jar"),
                config.serviceList().get(2).jar(tmp));
    }

    @Test
    void projectRootIsFoundFromAnySubfolder() throws Exception {
        Path root = tmp.resolve("project");
        Files.createDirectories(root.resolve("deploy/keycloak"));
        Files.writeString(root.resolve("mvnw"), "#!/bin/sh\n");
        Path deep = Files.createDirectories(root.resolve("deploy/local/target/classes"));

        assertEquals(root, StackConfig.findProjectRoot(deep));
        assertEquals(root, StackConfig.findProjectRoot(root));
    }

    @Test
    void aFolderWithOnlyMvnwIsNotTheRoot() throws Exception {
        Path other = Files.createDirectories(tmp.resolve("other/sub"));
        Files.writeString(tmp.resolve("other/mvnw"), "");

        // the temp folder may itself lie inside a checkout, so the search may go on and find that one
        try {
            Path found = StackConfig.findProjectRoot(other);
            assertFalse(found.startsWith(tmp), "stopped at " + found);
        } catch (IllegalStateException e) {
            assertTrue(e.getMessage().contains("cannot find the project root"), e.getMessage());
        }
    }
}
