package org.expandedaccess.portal.api;

/** A service could not be reached, timed out or answered 5xx: the page says which, and that nothing was lost. */
public class ServiceUnavailable extends RuntimeException {

    private final String service;

    public ServiceUnavailable(String service, Throwable cause) {
        super(service + " is unavailable", cause);
        this.service = service;
    }

    /** In plain words, e.g. "The intake service". */
    public String service() {
        return service;
    }
}
