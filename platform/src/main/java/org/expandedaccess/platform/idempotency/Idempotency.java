package org.expandedaccess.platform.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.expandedaccess.platform.problem.Problem;
import org.expandedaccess.platform.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * {@code Idempotency-Key} for POSTs that create something: the first response is stored in the
 * same transaction as what it created, and a retry with the same key and body gets it back
 * without creating anything; the same key with another body is refused (422). Concurrent
 * retries serialise on the key's row, so exactly one of them does the work.
 */
@ApplicationScoped
public class Idempotency {

    /** A response stored for replay. */
    public record StoredResponse(int status, String body) {
    }

    private final EntityManager em;

    Idempotency(EntityManager em) {
        this.em = em;
    }

    /**
     * Claims the key for this operation in the caller's transaction.
     *
     * @return empty when the caller should do the work (and then call {@link #complete}); the stored
     * response when an earlier call with the same key and body already did
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<StoredResponse> claim(String owner, String key, String operation, String bodyHash) {
        int inserted = em.createNativeQuery("insert into idempotency_key (owner, idem_key, operation, body_hash, created_at)"
                        + " values (:owner, :key, :op, :hash, :at) on conflict do nothing")
                .setParameter("owner", owner).setParameter("key", key).setParameter("op", operation)
                .setParameter("hash", bodyHash).setParameter("at", OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select body_hash, response_status, response_body from idempotency_key"
                        + " where owner = :owner and idem_key = :key and operation = :op")
                .setParameter("owner", owner).setParameter("key", key).setParameter("op", operation)
                .getResultList();
        Object[] row = rows.get(0);
        if (!bodyHash.equals(row[0])) {
            throw new ProblemException(new Problem(Problem.TYPE_PREFIX + "idempotency-key-reused",
                    "Idempotency-Key already used for another request", 422,
                    "This Idempotency-Key was first used with a different body. Use a new key for a new request.",
                    null, List.of(new Problem.FieldError("Idempotency-Key", "was used before with a different body"))));
        }
        return Optional.of(new StoredResponse(((Number) row[1]).intValue(), (String) row[2]));
    }

    /** Stores the response of the work done after a successful {@link #claim}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(String owner, String key, String operation, StoredResponse response) {
        em.createNativeQuery("update idempotency_key set response_status = :status, response_body = :body"
                        + " where owner = :owner and idem_key = :key and operation = :op")
                .setParameter("status", response.status()).setParameter("body", response.body())
                .setParameter("owner", owner).setParameter("key", key).setParameter("op", operation)
                .executeUpdate();
    }

    /** SHA-256 of a canonical body, hex. */
    public static String hash(String canonicalBody) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonicalBody.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
