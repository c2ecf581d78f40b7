package org.expandedaccess.portal.api;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Sends the signed-in user's own access token (from the OIDC session, refreshed by Quarkus when it
 * is about to expire) to the service APIs, so every call is authorised as that user. The token is
 * never logged and never appears in a URL.
 */
@ApplicationScoped
public class UserToken implements ClientHeadersFactory {

    @Inject
    SecurityIdentity identity;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
                                                 MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        if (outgoing.containsKey("Authorization")) {
            return headers; // a stream passes the token it read while the request was still active
        }
        headers.putSingle("Authorization", "Bearer " + current(identity));
        return headers;
    }

    /** The signed-in user's access token; only while a request of that user is being served. */
    public static String current(SecurityIdentity identity) {
        AccessTokenCredential token = identity.isAnonymous() ? null : identity.getCredential(AccessTokenCredential.class);
        if (token == null) {
            throw new IllegalStateException("no signed-in user: a service call needs one");
        }
        return token.getToken();
    }
}
