package org.expandedaccess.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of the current request, read once from its verified token: inject it, call {@link #get()}. */
@RequestScoped
public class CurrentCaller {

    private final JsonWebToken jwt;
    private final SecurityIdentity identity;
    private Caller caller;

    CurrentCaller(JsonWebToken jwt, SecurityIdentity identity) {
        this.jwt = jwt;
        this.identity = identity;
    }

    public Caller get() {
        if (caller == null) {
            caller = Caller.of(jwt, identity);
        }
        return caller;
    }
}
