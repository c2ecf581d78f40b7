package org.expandedaccess.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/** Where Keycloak sends the browser after the session ended there too (RP-initiated logout). */
@Path("/signed-out")
@PermitAll
@Produces(Html.TYPE)
public class SignedOutResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signedOut();
    }

    @GET
    public Response signedOut() {
        return Html.ok(Templates.signedOut());
    }
}
