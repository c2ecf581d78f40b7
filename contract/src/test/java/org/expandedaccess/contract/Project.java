package org.expandedaccess.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the project's files are: the build passes the root as ea.project-root (else the module's parent). */
final class Project {

    private Project() {
    }

    static Path root() {
        Path root = Path.of(System.getProperty("ea.project-root", ".."));
        try {
            root = root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("project root " + root.toAbsolutePath() + " not found", e);
        }
        if (!Files.isDirectory(root.resolve("docs"))) {
            throw new IllegalStateException(root + " is not the project root: it has no docs/");
        }
        return root;
    }
}
