package org.expandedaccess.eligibility.programs;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.expandedaccess.eligibility.rules.ProgramDefinition;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The active program definitions, loaded and validated once at start. A definition that does not
 * validate throws {@link InvalidProgramDefinitionException}, which stops the service with its message.
 */
@Startup
@ApplicationScoped
public class ProgramCatalog {

    private static final Logger LOG = Logger.getLogger(ProgramCatalog.class);

    private final Map<String, ProgramDefinition> programs;

    ProgramCatalog(ProgramsConfig config) {
        ProgramDefinitionParser parser = new ProgramDefinitionParser();
        Map<String, ProgramDefinition> loaded = new TreeMap<>();
        for (String id : config.programs()) {
            String resource = "programs/" + id + ".yaml";
            ProgramDefinition p = parser.parse(resource, classpath(resource));
            if (!p.id().equals(id)) {
                throw new InvalidProgramDefinitionException("program definition " + resource
                        + " is invalid: its id '" + p.id() + "' does not match the file name");
            }
            loaded.put(p.id(), p);
        }
        config.programDirectory().map(Path::of).ifPresent(dir -> fromDirectory(parser, dir, loaded));
        if (loaded.isEmpty()) {
            throw new InvalidProgramDefinitionException("no program definition is configured (ea.eligibility.programs)");
        }
        this.programs = Map.copyOf(loaded);
        loaded.values().forEach(p -> LOG.infof("program %s version %s active with %d criteria",
                p.id(), p.version(), p.criteria().size()));
    }

    public Optional<ProgramDefinition> find(String id) {
        return Optional.ofNullable(id).map(programs::get);
    }

    public Collection<ProgramDefinition> all() {
        return new TreeMap<>(programs).values();
    }

    private static void fromDirectory(ProgramDefinitionParser parser, Path dir, Map<String, ProgramDefinition> loaded) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidProgramDefinitionException("program directory " + dir + " does not exist");
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> definitions = files.filter(f -> f.toString().matches(".*\\.(yaml|yml|json)$")).sorted().toList();
            for (Path f : definitions) {
                ProgramDefinition p = parser.parse(f.toString(), Files.readString(f, StandardCharsets.UTF_8));
                loaded.put(p.id(), p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read program directory " + dir, e);
        }
    }

    private static String classpath(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidProgramDefinitionException("program definition " + resource + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
