package org.expandedaccess.notifications.support;

import io.quarkus.test.Mock;
import org.expandedaccess.notifications.webhooks.HostResolver;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The webhook resolver in tests: {@code rebind.test} exists only here (the system resolver does not know
 * it), answering loopback and counting how often it was asked; every other name resolves as usual.
 */
@Mock
public class RebindingResolver extends HostResolver {

    public static final String HOST = "rebind.test";
    public static final AtomicInteger LOOKUPS = new AtomicInteger();

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        if (HOST.equals(host)) {
            LOOKUPS.incrementAndGet();
            return new InetAddress[] {InetAddress.getByName("127.0.0.1")};
        }
        return super.resolve(host);
    }
}
