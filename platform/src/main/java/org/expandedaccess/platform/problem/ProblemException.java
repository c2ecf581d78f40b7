package org.expandedaccess.platform.problem;

import java.util.List;

/** Thrown by services to answer with a specific problem (status, stable type, message). */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.title() + (problem.detail() != null ? ": " + problem.detail() : ""));
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Problem.of("not-found", "Not found", 404, what + " was not found"));
    }

    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(Problem.of(slug, "Conflict", 409, detail));
    }

    public static ProblemException invalid(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(Problem.validation(422, detail, errors));
    }
}
