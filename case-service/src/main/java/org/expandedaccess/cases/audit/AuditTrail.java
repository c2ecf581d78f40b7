package org.expandedaccess.cases.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.expandedaccess.cases.time.SponsorClock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The append-only audit trail of every case (docs/regulatory/records-and-privacy.md: who, when, what changed, old and new
 * value, why; server time; provably unaltered). Each entry's hash is SHA-256 over its own content and the
 * previous entry's hash; the first entry of a case chains from {@link #GENESIS}. There is no update or
 * delete path in code, and a database trigger refuses both.
 */
@ApplicationScoped
public class AuditTrail {

    public static final String GENESIS = "0".repeat(64);

    private final EntityManager em;
    private final SponsorClock clock;
    private final TransactionSynchronizationRegistry transactions;

    AuditTrail(EntityManager em, SponsorClock clock, TransactionSynchronizationRegistry transactions) {
        this.em = em;
        this.clock = clock;
        this.transactions = transactions;
    }

    /**
     * Appends one entry. The caller holds the case row lock, so entries of one case are appended one at
     * a time; the primary key (case, seq) would refuse a fork anyway.
     *
     * @param reason coded facts only (references, dates, rules): it is hashed into the trail as it is
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry append(UUID caseId, Actor actor, String action, String oldValue, String newValue, String reason) {
        return append(caseId, actor, action, oldValue, newValue, reason, null);
    }

    /**
     * Appends one entry with a person's own words: the trail holds their SHA-256, the words are kept beside it
     * (table case_audit_statement), so that no free text is hashed into the trail or leaves case-service.
     *
     * @param statement the words as given, or null (blank counts as none)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry append(UUID caseId, Actor actor, String action, String oldValue, String newValue, String reason,
                             String statement) {
        Map<UUID, Tip> tips = tipsOfThisTransaction();
        Tip tip = tips.get(caseId);
        if (tip == null) {
            List<?> last = em.createNativeQuery("select seq, hash from case_audit where case_id = :c order by seq desc limit 1")
                    .setParameter("c", caseId).getResultList();
            Object[] row = last.isEmpty() ? null : (Object[]) last.get(0);
            tip = row == null ? new Tip(0, GENESIS) : new Tip(((Number) row[0]).intValue(), (String) row[1]);
        }
        int seq = tip.seq() + 1;
        String prev = tip.hash();
        String words = statement == null || statement.isBlank() ? null : statement.trim();
        String wordsHash = words == null ? null : sha256(words.getBytes(StandardCharsets.UTF_8));
        // PostgreSQL keeps microseconds; hash exactly what is stored
        OffsetDateTime at = clock.now();
        AuditEntry unhashed = new AuditEntry(caseId, seq, at, actor.username(), actor.role(), action, oldValue, newValue,
                reason, prev, null, wordsHash, words);
        String hash = hashOf(unhashed);
        em.createNativeQuery("insert into case_audit (case_id, seq, at, actor, role, action, old_value, new_value, reason,"
                        + " prev_hash, hash, statement_sha256) values (:c, :s, :at, :actor, :role, :action, :old, :new,"
                        + " :reason, :prev, :hash, :words)")
                .setParameter("c", caseId).setParameter("s", seq).setParameter("at", at)
                .setParameter("actor", actor.username()).setParameter("role", actor.role()).setParameter("action", action)
                .setParameter("old", oldValue).setParameter("new", newValue).setParameter("reason", reason)
                .setParameter("prev", prev).setParameter("hash", hash).setParameter("words", wordsHash)
                .executeUpdate();
        tips.put(caseId, new Tip(seq, hash));
        if (words != null) {
            em.createNativeQuery("insert into case_audit_statement (case_id, seq, statement) values (:c, :s, :w)")
                    .setParameter("c", caseId).setParameter("s", seq).setParameter("w", words).executeUpdate();
        }
        return new AuditEntry(caseId, seq, at, actor.username(), actor.role(), action, oldValue, newValue, reason, prev,
                hash, wordsHash, words);
    }

    /** The last entry of a case: its number and hash, which the next entry chains from. */
    private record Tip(int seq, String hash) {
    }

    /**
     * The tips this transaction has appended, so that a change writing several entries (opening a case writes
     * five or six) reads the case's last entry once, not once per entry. Safe because the caller holds the case
     * row lock for the whole transaction: no other transaction appends to that case meanwhile.
     */
    @SuppressWarnings("unchecked")
    private Map<UUID, Tip> tipsOfThisTransaction() {
        Map<UUID, Tip> tips = (Map<UUID, Tip>) transactions.getResource(AuditTrail.class);
        if (tips == null) {
            tips = new HashMap<>();
            transactions.putResource(AuditTrail.class, tips);
        }
        return tips;
    }

    @Transactional
    public List<AuditEntry> entries(UUID caseId) {
        List<?> rows = em.createNativeQuery("select a.case_id, a.seq, a.at, a.actor, a.role, a.action, a.old_value,"
                        + " a.new_value, a.reason, a.prev_hash, a.hash, a.statement_sha256, s.statement from case_audit a"
                        + " left join case_audit_statement s on s.case_id = a.case_id and s.seq = a.seq"
                        + " where a.case_id = :c order by a.seq")
                .setParameter("c", caseId).getResultList();
        List<AuditEntry> entries = new ArrayList<>(rows.size());
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            entries.add(new AuditEntry((UUID) row[0], ((Number) row[1]).intValue(), toOffset(row[2]), (String) row[3],
                    (String) row[4], (String) row[5], (String) row[6], (String) row[7], (String) row[8],
                    (String) row[9], (String) row[10], (String) row[11], (String) row[12]));
        }
        return entries;
    }

    /** Recomputes the chain from the first entry and reports the first entry that does not match. */
    @Transactional
    public ChainVerification verify(UUID caseId) {
        List<AuditEntry> entries = entries(caseId);
        String prev = GENESIS;
        int expectedSeq = 1;
        for (AuditEntry e : entries) {
            if (e.seq() != expectedSeq) {
                return new ChainVerification(caseId, false, entries.size(), e.seq(),
                        "entry " + expectedSeq + " is missing");
            }
            if (!prev.equals(e.prevHash())) {
                return new ChainVerification(caseId, false, entries.size(), e.seq(),
                        "previous-hash does not match the hash of entry " + (e.seq() - 1));
            }
            if (!hashOf(e).equals(e.hash())) {
                return new ChainVerification(caseId, false, entries.size(), e.seq(),
                        "content does not match its hash: the entry was altered");
            }
            if (e.statementSha256() != null && (e.statement() == null
                    || !e.statementSha256().equals(sha256(e.statement().getBytes(StandardCharsets.UTF_8))))) {
                return new ChainVerification(caseId, false, entries.size(), e.seq(),
                        "the person's words kept beside the entry do not match the hash in the trail");
            }
            prev = e.hash();
            expectedSeq++;
        }
        return new ChainVerification(caseId, true, entries.size(), null, null);
    }

    /**
     * SHA-256 over a JSON array of the entry's fields (unambiguous: every value is quoted and escaped). An entry
     * with a person's words hashes their SHA-256 too ("case-audit-v2"); entries without keep the first form, so
     * that entries written before the words moved out of the trail still verify.
     */
    static String hashOf(AuditEntry e) {
        List<Object> canonical = new ArrayList<>(Arrays.asList(e.statementSha256() == null ? "case-audit-v1"
                : "case-audit-v2", e.caseId().toString(), e.seq(), e.at().toInstant().toString(), e.actor(), e.role(),
                e.action(), e.oldValue(), e.newValue(), e.reason(), e.prevHash()));
        if (e.statementSha256() != null) {
            canonical.add(e.statementSha256());
        }
        try {
            return sha256(new ObjectMapper().writeValueAsBytes(canonical));
        } catch (JsonProcessingException e1) {
            throw new IllegalStateException("cannot hash audit entry", e1);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
