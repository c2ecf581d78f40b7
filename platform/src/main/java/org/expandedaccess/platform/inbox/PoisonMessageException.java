package org.expandedaccess.platform.inbox;

/**
 * A message that can never be processed as it is (not a CloudEvent, unknown type, invalid data).
 * It goes to the topic's dead-letter topic instead of being retried.
 */
public class PoisonMessageException extends RuntimeException {

    public PoisonMessageException(String message) {
        super(message);
    }

    public PoisonMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
