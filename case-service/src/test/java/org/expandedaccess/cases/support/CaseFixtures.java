package org.expandedaccess.cases.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.expandedaccess.cases.lifecycle.Case;
import org.expandedaccess.cases.lifecycle.CaseRepository;
import org.expandedaccess.cases.lifecycle.CaseStatus;
import org.expandedaccess.cases.lifecycle.EligibilityOutcome;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Puts cases straight into a state, for tests that start from the middle of the lifecycle. */
@ApplicationScoped
public class CaseFixtures {

    private final CaseRepository cases;
    private final EntityManager em;

    CaseFixtures(CaseRepository cases, EntityManager em) {
        this.cases = cases;
        this.em = em;
    }

    @Transactional
    public UUID inState(CaseStatus status, String physician, boolean emergency) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Case c = new Case();
        c.id = UUID.randomUUID();
        c.reference = cases.nextReference(now.getYear());
        c.requestId = UUID.randomUUID();
        c.requestVersion = 1;
        c.programId = "mdma-ptsd";
        c.status = status;
        c.physicianUsername = physician;
        c.physicianId = "sub-" + physician;
        c.submittedByClient = "ea-portal";
        c.patientInitials = "TT";
        c.diagnosisCode = "F43.10";
        c.emergency = emergency;
        c.eligibilityOutcome = EligibilityOutcome.ELIGIBLE;
        c.eligibilityRequestVersion = 1;
        c.eligibilityDecidedBy = "screening";
        c.submittedAt = now;
        c.openedAt = now;
        c.statusChangedAt = now;
        cases.persist(c);
        return c.id;
    }

    /** Records the day drug shipped for a case made by {@link #inState}. */
    @Transactional
    public void shippedOn(UUID id, java.time.LocalDate on) {
        cases.findById(id).shippedOn = on;
    }

    @Transactional
    public CaseStatus statusOf(UUID id) {
        return cases.findById(id).status;
    }

    @Transactional
    public long auditCount(UUID id) {
        return ((Number) em.createNativeQuery("select count(*) from case_audit where case_id = :c")
                .setParameter("c", id).getSingleResult()).longValue();
    }

    /** Alters one audit row behind the application's back, as someone with database access could. */
    @Transactional
    public void tamper(UUID caseId, int seq, String newValue) {
        em.createNativeQuery("alter table case_audit disable trigger case_audit_no_update").executeUpdate();
        em.createNativeQuery("update case_audit set new_value = :v where case_id = :c and seq = :s")
                .setParameter("v", newValue).setParameter("c", caseId).setParameter("s", seq).executeUpdate();
        em.createNativeQuery("alter table case_audit enable trigger case_audit_no_update").executeUpdate();
    }

    /** Tries to change an audit row the way any code path would; the database refuses. */
    @Transactional
    public void updateAuditRow(UUID caseId, int seq) {
        em.createNativeQuery("update case_audit set reason = 'edited' where case_id = :c and seq = :s")
                .setParameter("c", caseId).setParameter("s", seq).executeUpdate();
    }

    @Transactional
    public String statement(UUID caseId, int seq) {
        return (String) em.createNativeQuery("select statement from case_audit_statement where case_id = :c and seq = :s")
                .setParameter("c", caseId).setParameter("s", seq).getSingleResult();
    }

    /** Changes the words kept beside an entry behind the service's back. */
    @Transactional
    public void rewriteStatement(UUID caseId, int seq, String words) {
        em.createNativeQuery("update case_audit_statement set statement = :w where case_id = :c and seq = :s")
                .setParameter("w", words).setParameter("c", caseId).setParameter("s", seq).executeUpdate();
    }

    @Transactional
    public void deleteAuditRows(UUID caseId) {
        em.createNativeQuery("delete from case_audit where case_id = :c").setParameter("c", caseId).executeUpdate();
    }

    /** How many events of a type this case has put in the outbox so far. */
    @Transactional
    public long outboxEvents(UUID caseId, String type) {
        return ((Number) em.createNativeQuery("select count(*) from outbox_event o join ea_case c"
                        + " on o.message_key = cast(c.request_id as varchar) where c.id = :c and o.event_type = :t")
                .setParameter("c", caseId).setParameter("t", type).getSingleResult()).longValue();
    }
}
