package org.expandedaccess.cases.overview;

import org.expandedaccess.cases.lifecycle.Case;
import org.expandedaccess.cases.lifecycle.CaseService;
import org.expandedaccess.cases.lifecycle.CaseTransitions;
import org.expandedaccess.cases.lifecycle.CaseView;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.expandedaccess.cases.gates.GateStatus;
import org.expandedaccess.cases.gates.Gates;
import org.expandedaccess.cases.triage.TriageService;
import org.expandedaccess.platform.problem.ProblemException;
import org.expandedaccess.platform.security.Caller;

import java.util.List;
import java.util.UUID;

/** Puts the one-page view of a case together. */
@ApplicationScoped
public class CaseDetails {

    private final CaseService cases;
    private final Gates gates;
    private final TriageService triage;
    private final org.expandedaccess.cases.deadlines.DeadlineQueries deadlines;
    private final org.expandedaccess.cases.treatment.TreatmentService treatment;

    CaseDetails(CaseService cases, Gates gates, TriageService triage,
                org.expandedaccess.cases.deadlines.DeadlineQueries deadlines,
                org.expandedaccess.cases.treatment.TreatmentService treatment) {
        this.cases = cases;
        this.gates = gates;
        this.triage = triage;
        this.deadlines = deadlines;
        this.treatment = treatment;
    }

    @Transactional
    public CaseDetail of(Caller caller, UUID id) {
        Case c = cases.find(caller, id).orElseThrow(() -> ProblemException.notFound("Case " + id));
        List<GateStatus> g = gates.statuses(c);
        return new CaseDetail(CaseView.of(c), c.requestVersion, c.eligibilityRequestVersion, c.eligibilityDecidedBy,
                NextAction.of(c, g), CaseTransitions.nextFor(c.status, caller.roles()), g,
                c.shippedOn == null ? null : new CaseDetail.Shipment(c.shipmentLot, c.shipmentQuantity,
                        c.shipmentTracking, c.shippedOn),
                new CaseDetail.Treatment(c.treatmentStartedOn, c.treatmentCompletedOn, c.earlyEndReason,
                        c.summarySubmittedOn, c.summaryReference),
                triage.notes(caller, c), deadlines.views(c), treatment.deviations(c));
    }
}
