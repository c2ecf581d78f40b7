package org.expandedaccess.eligibility.programs;

/** A program definition that does not validate; the message names the file, criterion and problem. */
public class InvalidProgramDefinitionException extends RuntimeException {

    public InvalidProgramDefinitionException(String message) {
        super(message);
    }

    public InvalidProgramDefinitionException(String message, Throwable cause) {
        super(message, cause);
    }
}
