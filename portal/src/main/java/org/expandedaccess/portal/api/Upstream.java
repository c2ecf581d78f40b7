package org.expandedaccess.portal.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.function.Supplier;

/**
 * One way of calling a service: a problem answer becomes {@link ApiProblem}, a service that is down,
 * slow or failing becomes {@link ServiceUnavailable}. Neither message carries a request or response body,
 * so nothing a user typed reaches a log.
 */
public final class Upstream {

    private Upstream() {
    }

    public static <T> T call(String service, Supplier<T> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            throw translate(service, e.getResponse(), e);
        } catch (ProcessingException e) {
            throw new ServiceUnavailable(service, e);
        }
    }

    public static void run(String service, Runnable call) {
        call(service, () -> {
            call.run();
            return null;
        });
    }

    private static RuntimeException translate(String service, Response response, RuntimeException cause) {
        int status = response == null ? 500 : response.getStatus();
        if (status >= 500 || status == 429) {
            return new ServiceUnavailable(service, cause);
        }
        Problem problem = null;
        try {
            if (response.hasEntity() || response.bufferEntity()) {
                problem = response.readEntity(Problem.class);
            }
        } catch (RuntimeException unreadable) {
            problem = null;
        }
        if (problem == null || problem.status() == 0) {
            problem = new Problem(null, response.getStatusInfo().getReasonPhrase(), status, null, List.of(), null);
        }
        return new ApiProblem(service, problem);
    }
}
