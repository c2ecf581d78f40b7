package org.expandedaccess.stack;

/** The stack could not start; the message names the component and where its log is. */
public class StackException extends RuntimeException {

    public StackException(String message) {
        super(message);
    }

    public StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
