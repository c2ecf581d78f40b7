package org.expandedaccess.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reviewed copy of a service's OpenAPI document, under docs/api/: a test compares it with the document the
 * service serves, so every change to the contract shows in a diff. {@code -Dapi.update=true} rewrites the copy.
 * The realm's discovery URL depends on where the service runs; the copy holds the local stack's.
 */
public final class ApiDocument {

    public static final String LOCAL_DISCOVERY =
            "http://localhost:8180/realms/expanded-access/.well-known/openid-configuration";

    private ApiDocument() {
    }

    /** Fails with the first differing line unless the served document equals the reviewed one. */
    public static void assertMatches(String servedYaml, String service) {
        String served = servedYaml.replaceAll("openIdConnectUrl: \\S+", "openIdConnectUrl: " + LOCAL_DISCOVERY);
        Path reviewed = projectRoot().resolve("docs/api/" + service + ".yaml");
        try {
            if (Boolean.getBoolean("api.update")) {
                Files.createDirectories(reviewed.getParent());
                Files.writeString(reviewed, served);
                return;
            }
            if (!Files.exists(reviewed)) {
                throw new AssertionError(reviewed + " is missing: run the test with -Dapi.update=true and review it");
            }
            String expected = Files.readString(reviewed);
            if (!expected.equals(served)) {
                String[] a = expected.split("\n", -1);
                String[] b = served.split("\n", -1);
                int i = 0;
                while (i < Math.min(a.length, b.length) && a[i].equals(b[i])) {
                    i++;
                }
                throw new AssertionError("The served OpenAPI document differs from " + reviewed + " at line " + (i + 1)
                        + ":\n  reviewed: " + (i < a.length ? a[i] : "<end>") + "\n  served:   "
                        + (i < b.length ? b[i] : "<end>")
                        + "\nIf the change is meant, rerun with -Dapi.update=true and commit the new document.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docs/api")) && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("project root not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
