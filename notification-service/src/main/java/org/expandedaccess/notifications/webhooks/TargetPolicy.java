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
 * unspecified address or multicast. An IPv6 address that carries an IPv4 one (IPv4-mapped and -compatible,
 * SIIT, NAT64, 6to4, Teredo) is judged by the IPv4 address inside as well. Checked when a subscription
 * is created and again before every delivery (a name may be re-pointed later); the delivery then
 * connects to the very addresses that were checked ({@link Target}), so a second, different DNS answer
 * (rebinding) changes nothing. Redirects are not followed.
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

    /** An allowed target: the URL, and the addresses its host resolved to when it was checked. */
    public record Target(URI uri, java.util.List<InetAddress> addresses) {
        public int port() {
            return uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
        }
    }

    /** The URL and the addresses to connect to, if webhooks may be sent there now. */
    public Target check(String url) throws RefusedTarget {
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
        if (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > 65535)) {
            throw new RefusedTarget("must have a port between 1 and 65535");
        }
        if (uri.getPort() == -1 && uri.getRawAuthority() != null && uri.getRawAuthority().matches(".*:[^\\]]*$")) {
            // java.net.URI leaves a port it cannot read (e.g. :99999999999 or :abc) as "no port"
            throw new RefusedTarget("must have a port between 1 and 65535");
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
        return new Target(uri, java.util.List.of(addresses));
    }

    private String refusal(InetAddress a) {
        String direct = directRefusal(a);
        if (direct != null) {
            return direct;
        }
        for (InetAddress inner : embeddedIpv4(a)) {
            String refused = directRefusal(inner);
            if (refused != null) {
                return refused + " inside an IPv6 address";
            }
        }
        return null;
    }

    /**
     * The IPv4 addresses an IPv6 address carries by one of the transition mechanisms: IPv4-compatible
     * {@code ::a.b.c.d}, IPv4-mapped {@code ::ffff:a.b.c.d}, SIIT {@code ::ffff:0:a.b.c.d}, NAT64
     * {@code 64:ff9b::/96} and {@code 64:ff9b:1::/48}, 6to4 {@code 2002::/16}, and both Teredo addresses
     * {@code 2001:0::/32} (server, and the client's obfuscated one).
     */
    static java.util.List<InetAddress> embeddedIpv4(InetAddress a) {
        if (!(a instanceof Inet6Address)) {
            return java.util.List.of();
        }
        byte[] b = a.getAddress();
        java.util.List<InetAddress> found = new java.util.ArrayList<>();
        boolean firstTenZero = true;
        for (int i = 0; i < 10; i++) {
            firstTenZero &= b[i] == 0;
        }
        if (firstTenZero && (b[10] == 0 && b[11] == 0 || (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff)) {
            found.add(ipv4(b, 12, 0)); // ::a.b.c.d and ::ffff:a.b.c.d
        }
        boolean firstEightZero = true;
        for (int i = 0; i < 8; i++) {
            firstEightZero &= b[i] == 0;
        }
        if (firstEightZero && (b[8] & 0xff) == 0xff && (b[9] & 0xff) == 0xff && b[10] == 0 && b[11] == 0) {
            found.add(ipv4(b, 12, 0)); // SIIT ::ffff:0:a.b.c.d
        }
        int w0 = (b[0] & 0xff) << 8 | b[1] & 0xff;
        int w1 = (b[2] & 0xff) << 8 | b[3] & 0xff;
        if (w0 == 0x0064 && w1 == 0xff9b) {
            if (((b[4] & 0xff) << 8 | b[5] & 0xff) == 0x0001) {
                // local-use 64:ff9b:1::/48 (RFC 8215), laid out as RFC 6052 says for a /48: octets 6-7 and 9-10
                found.add(ipv4(new byte[] {b[6], b[7], b[9], b[10]}, 0, 0));
            }
            found.add(ipv4(b, 12, 0)); // NAT64 64:ff9b::/96 (RFC 6052), and a /96 under the local-use prefix
        }
        if (w0 == 0x2002) {
            found.add(ipv4(b, 2, 0)); // 6to4 2002:aabb:ccdd::/48
        }
        if (w0 == 0x2001 && w1 == 0x0000) {
            found.add(ipv4(b, 4, 0)); // Teredo server
            found.add(ipv4(b, 12, 0xff)); // Teredo client, bits inverted
        }
        return found;
    }

    private static InetAddress ipv4(byte[] b, int from, int xor) {
        byte[] v4 = new byte[4];
        for (int i = 0; i < 4; i++) {
            v4[i] = (byte) (b[from + i] ^ xor);
        }
        try {
            return InetAddress.getByAddress(v4);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    private String directRefusal(InetAddress a) {
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
