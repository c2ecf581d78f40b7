package org.expandedaccess.notifications.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * Where webhooks may go. HTTPS only, except plain HTTP to loopback when {@code allowLoopback} (local
 * stack, tests). The host is resolved and every address checked, so a name that points inside the
 * network is refused like the address itself: loopback unless allowed, private and link-local
 * networks unless {@code allowPrivateNetworks}, and never the cloud metadata service, the
 * unspecified address or multicast. Checked when a subscription is created and again before every
 * delivery (a name may be re-pointed later). Redirects are not followed.
 */
public final class TargetPolicy {

    /** How host names are resolved; tests substitute their own. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** Thrown for a target that is not allowed; the message says why, for the caller. */
    public static final class RefusedTarget extends Exception {
        public RefusedTarget(String reason) {
            super(reason);
        }
    }

    private static final Set<String> METADATA = Set.of("169.254.169.254", "fd00:ec2:0:0:0:0:0:254", "100.100.100.200");

    private final boolean allowLoopback;
    private final boolean allowPrivateNetworks;
    private final Resolver resolver;

    public TargetPolicy(boolean allowLoopback, boolean allowPrivateNetworks, Resolver resolver) {
        this.allowLoopback = allowLoopback;
        this.allowPrivateNetworks = allowPrivateNetworks;
        this.resolver = resolver;
    }

    public static TargetPolicy withSystemResolver(boolean allowLoopback, boolean allowPrivateNetworks) {
        return new TargetPolicy(allowLoopback, allowPrivateNetworks, InetAddress::getAllByName);
    }

    /** The URL as a URI if webhooks may be sent there now. */
    public URI check(String url) throws RefusedTarget {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            throw new RefusedTarget("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && allowLoopback)) {
            throw new RefusedTarget("must be an https:// URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new RefusedTarget("must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new RefusedTarget("must not carry credentials; verify the webhook-signature header instead");
        }
        if (uri.getRawFragment() != null) {
            throw new RefusedTarget("must not have a fragment");
        }
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1) : uri.getHost();
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new RefusedTarget("host does not resolve");
        }
        if (addresses == null || addresses.length == 0) {
            throw new RefusedTarget("host does not resolve");
        }
        boolean allLoopback = true;
        for (InetAddress a : addresses) {
            String refusal = refusal(a);
            if (refusal != null) {
                throw new RefusedTarget("points to " + refusal + " (" + a.getHostAddress() + "), which is not allowed");
            }
            allLoopback &= a.isLoopbackAddress();
        }
        if (scheme.equals("http") && !(allowLoopback && allLoopback)) {
            throw new RefusedTarget("must be an https:// URL");
        }
        return uri;
    }

    private String refusal(InetAddress a) {
        if (METADATA.contains(a.getHostAddress())) {
            return "a cloud metadata address";
        }
        if (a.isAnyLocalAddress() || a.isMulticastAddress() || isThisNetwork(a)) {
            return "an unspecified or multicast address";
        }
        if (a.isLoopbackAddress()) {
            return allowLoopback ? null : "a loopback address";
        }
        if (a.isSiteLocalAddress() || a.isLinkLocalAddress() || isUniqueLocal(a) || isSharedAddressSpace(a)) {
            return allowPrivateNetworks ? null : "a private or link-local address";
        }
        return null;
    }

    private static boolean isThisNetwork(InetAddress a) {
        return a instanceof Inet4Address && a.getAddress()[0] == 0;
    }

    private static boolean isUniqueLocal(InetAddress a) {
        return a instanceof Inet6Address && (a.getAddress()[0] & 0xfe) == 0xfc;
    }

    /** 100.64.0.0/10 (carrier-grade NAT), private in practice. */
    private static boolean isSharedAddressSpace(InetAddress a) {
        byte[] b = a.getAddress();
        return a instanceof Inet4Address && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
    }
}
