package org.expandedaccess.notifications.events;

import io.smallrye.config.ConfigMapping;

/** Where the links in messages point ({@code ea.links.*}); set in application.properties from {@code EA_LINKS_BASE_URL}. */
@ConfigMapping(prefix = "ea.links")
public interface LinksConfig {

    /** Base URL of case-service, e.g. {@code http://localhost:8083}; a trailing slash is ignored. */
    String baseUrl();
}
