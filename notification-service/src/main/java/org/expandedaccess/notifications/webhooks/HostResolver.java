package org.expandedaccess.notifications.webhooks;

import jakarta.enterprise.context.ApplicationScoped;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * How webhook target host names are resolved: the system resolver. Resolved once per check; a delivery
 * connects to the addresses of its check ({@link TargetPolicy.Target}), never resolving again.
 */
@ApplicationScoped
public class HostResolver implements TargetPolicy.Resolver {

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        return InetAddress.getAllByName(host);
    }
}
