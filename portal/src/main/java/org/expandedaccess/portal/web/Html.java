package org.expandedaccess.portal.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** Pages are rendered here, on the request's worker thread, so templates may read request-scoped beans. */
public final class Html {

    public static final String TYPE = MediaType.TEXT_HTML + ";charset=UTF-8";

    private Html() {
    }

    public static Response ok(TemplateInstance page) {
        return status(200, page);
    }

    public static Response status(int status, TemplateInstance page) {
        return Response.status(status).type(TYPE).entity(page.render()).build();
    }

    /** Post/redirect/get: 303 so a reload never posts twice. */
    public static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
