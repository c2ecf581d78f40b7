package org.expandedaccess.notifications.webhooks;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookSignerTest {

    @Test
    void signsLikeTheStandardWebhooksReferenceVector() {
        // test vector of the Standard Webhooks reference libraries
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                WebhookSigner.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330,
                        "{\"test\": 2432232314}"));
    }

    @Test
    void anyChangeOfIdTimestampOrBodyChangesTheSignature() {
        String secret = WebhookSigner.newSecret();
        String base = WebhookSigner.sign(secret, "id", 1, "{}");
        assertNotEquals(base, WebhookSigner.sign(secret, "id2", 1, "{}"));
        assertNotEquals(base, WebhookSigner.sign(secret, "id", 2, "{}"));
        assertNotEquals(base, WebhookSigner.sign(secret, "id", 1, "{ }"));
        assertNotEquals(base, WebhookSigner.sign(WebhookSigner.newSecret(), "id", 1, "{}"));
    }

    @Test
    void newSecretsAreWhsecAnd32RandomBytes() {
        String secret = WebhookSigner.newSecret();
        assertTrue(secret.startsWith("whsec_"));
        assertEquals(32, Base64.getDecoder().decode(secret.substring(6)).length);
        assertNotEquals(secret, WebhookSigner.newSecret());
    }

    @Test
    void secretsAreEncryptedAtRestAndBoundToTheirSubscription() {
        SecretBox box = new SecretBox(Base64.getEncoder().encodeToString(new byte[32]));
        String secret = WebhookSigner.newSecret();
        String sealed = box.seal(secret, "sub-1");
        assertTrue(!sealed.contains(secret.substring(6)) && sealed.startsWith("v1:"));
        assertEquals(secret, box.open(sealed, "sub-1"));
        assertNotEquals(sealed, box.seal(secret, "sub-1"), "a fresh IV each time");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> box.open(sealed, "sub-2"));
        SecretBox otherKey = new SecretBox(Base64.getEncoder().encodeToString(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
                12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32}));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> otherKey.open(sealed, "sub-1"));
    }
}
