package org.expandedaccess.notifications.webhooks;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TargetPolicyTest {

    /** A resolver where hooks.example.org is public, inside.example.org private, sneaky.example.org public and metadata. */
    static InetAddress[] resolve(String host) throws UnknownHostException {
        return switch (host) {
            case "hooks.example.org" -> new InetAddress[] {InetAddress.getByName("93.184.216.34")};
            case "inside.example.org" -> new InetAddress[] {InetAddress.getByName("10.0.0.7")};
            case "sneaky.example.org" -> new InetAddress[] {InetAddress.getByName("93.184.216.34"),
                    InetAddress.getByName("169.254.169.254")};
            case "localhost" -> new InetAddress[] {InetAddress.getByName("127.0.0.1")};
            default -> {
                if (host.matches("[0-9.]+|[0-9a-fA-F:.]+")) {
                    yield new InetAddress[] {InetAddress.getByName(host)};
                }
                throw new UnknownHostException(host);
            }
        };
    }

    static final TargetPolicy PRODUCTION = new TargetPolicy(false, false, TargetPolicyTest::resolve);
    static final TargetPolicy LOCAL = new TargetPolicy(true, false, TargetPolicyTest::resolve);
    static final TargetPolicy PRIVATE_ALLOWED = new TargetPolicy(false, true, TargetPolicyTest::resolve);

    static String refusal(TargetPolicy policy, String url) {
        return assertThrows(TargetPolicy.RefusedTarget.class, () -> policy.check(url), url).getMessage();
    }

    @Test
    void httpsToAPublicHostIsAllowed() {
        assertDoesNotThrow(() -> PRODUCTION.check("https://hooks.example.org/ea?x=1"));
        assertDoesNotThrow(() -> PRODUCTION.check("https://hooks.example.org:8443/ea"));
    }

    @Test
    void plainHttpIsRefusedExceptToLoopbackWhereAllowed() {
        assertTrue(refusal(PRODUCTION, "http://hooks.example.org/ea").contains("https"));
        assertTrue(refusal(LOCAL, "http://hooks.example.org/ea").contains("https"));
        assertDoesNotThrow(() -> LOCAL.check("http://127.0.0.1:8080/hook"));
        assertDoesNotThrow(() -> LOCAL.check("http://localhost:8080/hook"));
        assertTrue(refusal(PRODUCTION, "http://127.0.0.1:8080/hook").contains("https"));
        assertTrue(refusal(PRODUCTION, "https://localhost/hook").contains("loopback"));
        assertTrue(refusal(PRODUCTION, "https://[::1]/hook").contains("loopback"));
    }

    @Test
    void privateLinkLocalAndMetadataAddressesAreRefusedEvenBehindAName() {
        for (String url : new String[] {"https://10.1.2.3/", "https://172.31.0.1/", "https://192.168.1.1/",
                "https://169.254.10.10/", "https://[fe80::1]/", "https://[fd12:3456::1]/", "https://100.64.0.1/",
                "https://inside.example.org/"}) {
            assertTrue(refusal(PRODUCTION, url).contains("private or link-local"), url);
        }
        assertTrue(refusal(PRODUCTION, "https://sneaky.example.org/").contains("metadata"), "any resolved address counts");
        assertTrue(refusal(PRODUCTION, "https://169.254.169.254/latest/").contains("metadata"));
        assertDoesNotThrow(() -> PRIVATE_ALLOWED.check("https://inside.example.org/"));
        assertTrue(refusal(PRIVATE_ALLOWED, "https://169.254.169.254/").contains("metadata"), "never the metadata service");
        assertTrue(refusal(PRIVATE_ALLOWED, "https://[fd00:ec2::254]/").contains("metadata"));
    }

    @Test
    void ipv4AddressesInsideIpv6FormsAreJudgedLikeThemselves() {
        // the metadata address 169.254.169.254 written in every IPv6 form that carries an IPv4 address
        for (String host : new String[] {"[::ffff:169.254.169.254]", "[::169.254.169.254]", "[::ffff:0:a9fe:a9fe]",
                "[64:ff9b::a9fe:a9fe]", "[64:ff9b:1:a9fe:a9:fe00::]", "[2002:a9fe:a9fe::1]",
                "[2001:0:a9fe:a9fe::5601:5601]"}) {
            String why = refusal(PRODUCTION, "https://" + host + "/");
            assertTrue(why.contains("metadata") || why.contains("link-local"), host + ": " + why);
        }
        // loopback and private networks the same way
        assertTrue(refusal(PRODUCTION, "https://[::127.0.0.1]/").contains("loopback"));
        assertTrue(refusal(PRODUCTION, "https://[64:ff9b::7f00:1]/").contains("loopback"));
        assertTrue(refusal(PRODUCTION, "https://[2002:0a00:0001::]/").contains("private"));
        assertTrue(refusal(PRODUCTION, "https://[64:ff9b::a00:1]/").contains("private"));
        // a public IPv4 address inside 6to4 or NAT64 stays allowed
        assertDoesNotThrow(() -> PRODUCTION.check("https://[64:ff9b::5db8:d822]/"));
        assertDoesNotThrow(() -> PRODUCTION.check("https://[2002:5db8:d822::1]/"));
    }

    @Test
    void aPortOutsideOneTo65535IsRefused() {
        assertTrue(refusal(PRODUCTION, "https://hooks.example.org:99999/").contains("port"));
        assertTrue(refusal(PRODUCTION, "https://hooks.example.org:0/").contains("port"));
        assertTrue(refusal(PRODUCTION, "https://hooks.example.org:/").contains("port"));
        assertDoesNotThrow(() -> PRODUCTION.check("https://hooks.example.org:65535/"));
    }

    @Test
    void theCheckedAddressesAreTheOnesToConnectTo() throws Exception {
        TargetPolicy.Target target = PRODUCTION.check("https://hooks.example.org:8443/ea");
        assertTrue(target.addresses().contains(InetAddress.getByName("93.184.216.34")));
        org.junit.jupiter.api.Assertions.assertEquals(8443, target.port());
        org.junit.jupiter.api.Assertions.assertEquals(443, PRODUCTION.check("https://hooks.example.org/").port());
    }

    @Test
    void malformedUnresolvableAndCredentialBearingUrlsAreRefused() {
        assertTrue(refusal(PRODUCTION, "not a url").contains("valid URL"));
        assertTrue(refusal(PRODUCTION, "https:///path").contains("host"));
        assertTrue(refusal(PRODUCTION, "https://nowhere.example.org/").contains("does not resolve"));
        assertTrue(refusal(PRODUCTION, "https://u:p@hooks.example.org/").contains("credentials"));
        assertTrue(refusal(PRODUCTION, "https://0.0.0.0/").contains("unspecified"));
        assertTrue(refusal(PRODUCTION, "https://224.0.0.1/").contains("multicast"));
        assertTrue(refusal(PRODUCTION, "file:///etc/passwd").contains("https"));
    }
}
