package org.expandedaccess.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PidFileTest {

    @TempDir
    Path tmp;

    @Test
    void recordsTheLauncherAndItsChildrenInOrder() {
        Path file = tmp.resolve("stack.pid");
        PidFile written = PidFile.create(file, false);
        written.addChild("keycloak", ProcessHandle.current());
        written.addChild("kafka", ProcessHandle.current());

        PidFile read = PidFile.read(file).orElseThrow();

        assertEquals(ProcessHandle.current().pid(), read.launcher().orElseThrow().pid());
        assertTrue(read.launcher().orElseThrow().handle().isPresent(), "the current process is alive");
        assertFalse(read.services());
        assertEquals(List.of("keycloak", "kafka"), read.children().stream().map(PidFile.Entry::component).toList());
        read.delete();
        assertFalse(Files.exists(file));
    }

    @Test
    void aReusedProcessIdIsNotMistakenForOurs() {
        PidFile.Entry stale = new PidFile.Entry("kafka", ProcessHandle.current().pid(), 12345L);

        assertTrue(stale.handle().isEmpty());
    }
}
