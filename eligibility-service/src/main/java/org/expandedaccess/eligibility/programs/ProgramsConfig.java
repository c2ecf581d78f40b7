package org.expandedaccess.eligibility.programs;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "ea.eligibility")
public interface ProgramsConfig {

    /** Programs shipped with the service, read from {@code programs/<id>.yaml} on the class path. */
    @WithDefault("mdma-ptsd")
    List<String> programs();

    /**
     * Optional folder of further or replacement definitions ({@code *.yaml}, {@code *.yml},
     * {@code *.json}); a definition there replaces a shipped one with the same id.
     */
    Optional<String> programDirectory();
}
