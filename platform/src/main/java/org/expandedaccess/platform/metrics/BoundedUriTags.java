package org.expandedaccess.platform.metrics;

import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.regex.Pattern;

/**
 * Keeps the {@code uri} tag of HTTP metrics bounded: a request that no route template matched (a 404,
 * 405 or 413 answered before routing) would otherwise put its raw path, UUIDs and all, into a new time
 * series. Identifiers become {@code {id}}, and long paths are cut.
 */
@Singleton
public class BoundedUriTags {

    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern NUMBER = Pattern.compile("(?<=/)\\d+(?=/|$)");
    private static final int MAX_LENGTH = 120;

    @Produces
    @Singleton
    MeterFilter boundedUri() {
        return MeterFilter.replaceTagValues("uri", BoundedUriTags::bounded);
    }

    static String bounded(String uri) {
        String templated = NUMBER.matcher(UUID.matcher(uri).replaceAll("{id}")).replaceAll("{n}");
        return templated.length() <= MAX_LENGTH ? templated : templated.substring(0, MAX_LENGTH) + "...";
    }
}
