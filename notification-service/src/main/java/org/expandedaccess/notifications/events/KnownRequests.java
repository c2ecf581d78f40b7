package org.expandedaccess.notifications.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.expandedaccess.notifications.delivery.Sql;
import org.expandedaccess.notifications.rules.KnownRequest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * What events have told about each request (owner, submitting client, case reference, initials),
 * merged field by field whatever the order of arrival. An upsert, so two consumers learning about
 * the same request at once cannot collide.
 */
@ApplicationScoped
public class KnownRequests {

    private final EntityManager em;

    KnownRequests(EntityManager em) {
        this.em = em;
    }

    /** Merges what an event tells and returns everything known now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public KnownRequest learn(KnownRequest news) {
        Query upsert = em.createNativeQuery("insert into request_context (request_id, physician_username,"
                        + " submitted_by_client, client_known, case_id, case_reference, patient_initials, emergency, updated_at)"
                        + " values (:requestId, :physician, :client, :clientKnown, :caseId, :reference, :initials, :emergency, :now)"
                        + " on conflict (request_id) do update set"
                        + " physician_username = coalesce(excluded.physician_username, request_context.physician_username),"
                        + " submitted_by_client = case when excluded.client_known then excluded.submitted_by_client"
                        + "   else request_context.submitted_by_client end,"
                        + " client_known = request_context.client_known or excluded.client_known,"
                        + " case_id = coalesce(excluded.case_id, request_context.case_id),"
                        + " case_reference = coalesce(excluded.case_reference, request_context.case_reference),"
                        + " patient_initials = coalesce(excluded.patient_initials, request_context.patient_initials),"
                        + " emergency = coalesce(excluded.emergency, request_context.emergency),"
                        + " updated_at = excluded.updated_at")
                .setParameter("requestId", news.requestId())
                .setParameter("clientKnown", news.clientKnown())
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC));
        Sql.bind(upsert, "physician", news.physicianUsername(), String.class);
        Sql.bind(upsert, "client", news.submittedByClient(), String.class);
        Sql.bind(upsert, "caseId", news.caseId(), UUID.class);
        Sql.bind(upsert, "reference", news.reference(), String.class);
        Sql.bind(upsert, "initials", news.patientInitials(), String.class);
        Sql.bind(upsert, "emergency", news.emergency(), Boolean.class);
        upsert.executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select physician_username, submitted_by_client, client_known, case_id,"
                        + " case_reference, patient_initials, emergency from request_context where request_id = :id")
                .setParameter("id", news.requestId()).getResultList();
        Object[] r = rows.get(0);
        return new KnownRequest(news.requestId(), (String) r[0], (String) r[1], (Boolean) r[2], (UUID) r[3],
                (String) r[4], (String) r[5], (Boolean) r[6]);
    }
}
