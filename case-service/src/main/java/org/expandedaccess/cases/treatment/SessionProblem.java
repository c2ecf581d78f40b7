package org.expandedaccess.cases.treatment;

/**
 * Something wrong with the facts of a recorded session itself, as opposed to a {@link Deviation}
 * from the program. Meant for a 422 response: {@code field} is a path into the request body
 * ({@code dose.initialMg}, {@code vitalSigns[1].pulse}, {@code therapists[0]}).
 */
public record SessionProblem(String field, String message) {
}
