package org.expandedaccess.portal.api;

/** A service refused a call with a problem response (4xx); the page shows it in plain words. */
public class ApiProblem extends RuntimeException {

    private final transient Problem problem;
    private final String service;

    public ApiProblem(String service, Problem problem) {
        super(service + " answered " + problem.status() + " " + problem.type());
        this.service = service;
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public int status() {
        return problem.status();
    }

    public String service() {
        return service;
    }
}
