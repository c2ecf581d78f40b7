package org.expandedaccess.notifications.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.expandedaccess.notifications.rules.EventFacts;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Events that arrived before what they need (across topics there is no order): an eligibility
 * event before the request event that names the submitting client, an override before anything
 * naming the physician. Whatever could be sent was sent; these are routed again when a later event
 * of the same request fills the gap. Re-routing is safe: every outbound row is unique per
 * (event, recipient, channel).
 */
@ApplicationScoped
public class DeferredEvents {

    private final EntityManager em;
    private final ObjectMapper mapper;

    DeferredEvents(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void defer(EventFacts facts) {
        em.createNativeQuery("insert into deferred_event (event_id, request_id, facts, created_at)"
                        + " values (:id, :requestId, :facts, :now) on conflict (event_id) do nothing")
                .setParameter("id", facts.eventId())
                .setParameter("requestId", facts.requestId())
                .setParameter("facts", write(facts))
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void resolved(String eventId) {
        em.createNativeQuery("delete from deferred_event where event_id = :id").setParameter("id", eventId).executeUpdate();
    }

    /** Deferred events of a request, oldest first, locked so two consumers do not route one twice at once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<EventFacts> waitingFor(UUID requestId, String exceptEventId) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("select facts from deferred_event where request_id = :requestId"
                        + " and event_id <> :except order by created_at for update")
                .setParameter("requestId", requestId).setParameter("except", exceptEventId).getResultList();
        List<EventFacts> facts = new ArrayList<>(rows.size());
        for (String json : rows) {
            facts.add(read(json));
        }
        return facts;
    }

    private String write(EventFacts facts) {
        try {
            return mapper.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store a deferred event", e);
        }
    }

    private EventFacts read(String json) {
        try {
            return mapper.readValue(json, EventFacts.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a deferred event", e);
        }
    }
}
