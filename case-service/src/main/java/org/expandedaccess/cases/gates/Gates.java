package org.expandedaccess.cases.gates;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import org.expandedaccess.cases.audit.Actor;
import org.expandedaccess.cases.audit.AuditTrail;
import org.expandedaccess.cases.lifecycle.Case;
import org.expandedaccess.cases.lifecycle.CaseLifecycleListener;
import org.expandedaccess.cases.lifecycle.RequestSubmitted;
import org.expandedaccess.cases.time.SponsorClock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The recorded gates of cases and whether each is satisfied today (docs/regulatory/gates.md). */
@ApplicationScoped
public class Gates implements CaseLifecycleListener {

    private final AuditTrail audit;
    private final SponsorClock clock;
    private final ObjectMapper json;
    private final Instance<GateListener> listeners;
    private final GateRecordRepository records;

    Gates(AuditTrail audit, SponsorClock clock, ObjectMapper json, Instance<GateListener> listeners, GateRecordRepository records) {
        this.records = records;
        this.audit = audit;
        this.clock = clock;
        this.json = json;
        this.listeners = listeners;
    }

    /** An emergency request that already carries FDA's telephone authorisation records the FDA gate from it. */
    @Override
    public void openedFromRequest(Case c, RequestSubmitted request, Actor source) {
        RequestSubmitted.Emergency emergency = request.emergency();
        if (c.emergency && emergency != null && emergency.fdaPhoneAuthorizationDate() != null
                && emergency.fdaIndNumber() != null) {
            record(c, Gate.FDA, new GateDetails.Fda(GateDetails.FdaRoute.EMERGENCY_AUTHORIZATION, null, null,
                    emergency.fdaPhoneAuthorizationDate(), emergency.fdaIndNumber()), source);
        }
    }

    /** Records (or corrects) a gate: stored, audited with old and new values. The caller has checked it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Case c, Gate gate, GateDetails details, Actor actor) {
        GateRecord existing = records.find(c.id, gate);
        String old = existing == null ? null : existing.details;
        GateRecord r = existing != null ? existing : new GateRecord();
        r.caseId = c.id;
        r.gate = gate;
        r.details = write(details);
        r.recordedBy = actor.username();
        r.recordedRole = actor.role();
        r.recordedAt = clock.now();
        if (existing == null) {
            records.persist(r);
        }
        audit.append(c.id, actor, "GATE_RECORDED", old == null ? null : gate + " " + old, gate + " " + r.details, null);
        listeners.forEach(l -> l.gateRecorded(c, gate, details));
    }

    public Map<Gate, GateDetails> recorded(Case c) {
        Map<Gate, GateDetails> map = new EnumMap<>(Gate.class);
        for (GateRecord r : records.ofCase(c.id)) {
            map.put(r.gate, read(r));
        }
        return map;
    }

    public boolean allSatisfied(Case c) {
        Map<Gate, GateDetails> recorded = recorded(c);
        for (Gate g : Gate.values()) {
            GateDetails d = recorded.get(g);
            if (d == null || !GateRules.isSatisfied(d, clock.today())) {
                return false;
            }
        }
        return true;
    }

    /** The gate that came to hold last and the day it did ({@link GateRules#heldFrom}); empty if none is recorded with a date. */
    public Optional<LastGate> lastHeld(Case c) {
        LastGate last = null;
        for (Map.Entry<Gate, GateDetails> e : recorded(c).entrySet()) {
            Optional<LocalDate> from = GateRules.heldFrom(e.getValue());
            if (from.isPresent() && (last == null || from.get().isAfter(last.on()))) {
                last = new LastGate(e.getKey(), from.get());
            }
        }
        return Optional.ofNullable(last);
    }

    /** A gate and the day it came to hold. */
    public record LastGate(Gate gate, LocalDate on) {
    }

    /** Every gate of the case, recorded or not, as the case page shows it. */
    public List<GateStatus> statuses(Case c) {
        Map<Gate, GateRecord> byGate = new EnumMap<>(Gate.class);
        for (GateRecord r : records.ofCase(c.id)) {
            byGate.put(r.gate, r);
        }
        List<GateStatus> out = new ArrayList<>();
        for (Gate g : Gate.values()) {
            GateRecord r = byGate.get(g);
            if (r == null) {
                out.add(new GateStatus(g, g.title(), false, false, "not recorded yet", null, null, null, null,
                        g.recordedBy(), g.source()));
            } else {
                GateDetails d = read(r);
                boolean ok = GateRules.isSatisfied(d, clock.today());
                out.add(new GateStatus(g, g.title(), true, ok, GateRules.explain(d, clock.today()),
                        GateRules.satisfiedFrom(d).orElse(null), d,
                        r.recordedBy, r.recordedAt, g.recordedBy(), g.source()));
            }
        }
        return out;
    }

    private String write(GateDetails details) {
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("gate details cannot be written", e);
        }
    }

    private GateDetails read(GateRecord r) {
        try {
            return json.readValue(r.details, r.gate.detailsType());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored gate " + r.gate + " of case " + r.caseId + " is unreadable", e);
        }
    }
}
