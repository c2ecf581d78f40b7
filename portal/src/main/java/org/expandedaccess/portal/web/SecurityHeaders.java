package org.expandedaccess.portal.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;

/**
 * Security headers on every response: a Content-Security-Policy that allows only the portal's own scripts
 * and styles (no inline script, no CDN), no framing, no MIME sniffing, no referrer outside the portal.
 * Forms may also post to (be redirected to) the identity provider, for sign-in after a session ends.
 */
@ApplicationScoped
public class SecurityHeaders {

    private final String csp;

    SecurityHeaders(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String authServerUrl) {
        URI issuer = URI.create(authServerUrl);
        String identityOrigin = issuer.getScheme() + "://" + issuer.getAuthority();
        this.csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
                + "frame-ancestors 'none'; form-action 'self' " + identityOrigin;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::headers);
    }

    private void headers(RoutingContext rc) {
        rc.response().putHeader("Content-Security-Policy", csp);
        rc.response().putHeader("X-Content-Type-Options", "nosniff");
        rc.response().putHeader("X-Frame-Options", "DENY");
        rc.response().putHeader("Referrer-Policy", "same-origin");
        rc.response().putHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        rc.next();
    }
}
