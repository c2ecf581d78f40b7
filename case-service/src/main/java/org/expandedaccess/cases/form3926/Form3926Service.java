package org.expandedaccess.cases.form3926;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.expandedaccess.cases.config.CasesConfig;
import org.expandedaccess.cases.deadlines.Deadline;
import org.expandedaccess.cases.deadlines.DeadlineKind;
import org.expandedaccess.cases.deadlines.DeadlineService;
import org.expandedaccess.cases.gates.Gate;
import org.expandedaccess.cases.gates.GateDetails;
import org.expandedaccess.cases.gates.Gates;
import org.expandedaccess.cases.lifecycle.Case;
import org.expandedaccess.cases.lifecycle.CaseService;
import org.expandedaccess.cases.time.SponsorClock;
import org.expandedaccess.cases.treatment.TreatmentProgram;
import org.expandedaccess.platform.problem.Problem;
import org.expandedaccess.platform.problem.ProblemException;
import org.expandedaccess.platform.security.Caller;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

/**
 * Drafts Form FDA 3926 for a case from intake's record of the request and the case's own facts. The
 * request is read from intake-service with the caller's own token, so intake's permissions apply and the
 * request's free text (statements, contact details) never has to be copied into this service
 * (docs/decisions/0006).
 */
@ApplicationScoped
public class Form3926Service {

    private final CaseService cases;
    private final Gates gates;
    private final SponsorClock clock;
    private final ObjectMapper json;
    private final IntakeRequests intake;
    private final String drugName;
    private final String supplier;
    private final DeadlineService deadlines;

    Form3926Service(CaseService cases, Gates gates, SponsorClock clock, ObjectMapper json,
                    @RestClient IntakeRequests intake, CasesConfig config, DeadlineService deadlines) {
        this.deadlines = deadlines;
        this.cases = cases;
        this.gates = gates;
        this.clock = clock;
        this.json = json;
        this.intake = intake;
        this.drugName = config.drugName();
        this.supplier = config.supplier();
    }

    /** The draft for the caller, who must be serving a request with a bearer token: intake is read with it. */
    public Form3926Draft draft(Caller caller, UUID caseId) {
        Snapshot s = snapshot(caller, caseId);
        JsonNode request = fetchRequest(s.requestId());
        return new Form3926Drafter(TreatmentProgram.mdmaPtsd(), clock.clock().withZone(clock.zone()))
                .draft(new Form3926Input(request, s.facts()));
    }

    private record Snapshot(UUID requestId, CaseFacts facts) {
    }

    @Transactional
    Snapshot snapshot(Caller caller, UUID caseId) {
        Case c = cases.find(caller, caseId).orElseThrow(() -> ProblemException.notFound("Case " + caseId));
        Map<Gate, GateDetails> recorded = gates.recorded(c);
        String ind = recorded.get(Gate.FDA) instanceof GateDetails.Fda fda ? fda.indNumber() : null;
        GateDetails.Loa loa = recorded.get(Gate.LOA) instanceof GateDetails.Loa l ? l : null;
        Boolean writtenFiled = deadlines.find(c, DeadlineKind.EMERGENCY_WRITTEN_SUBMISSION, null)
                .map(d -> d.status == Deadline.Status.MET).orElse(null);
        return new Snapshot(c.requestId, new CaseFacts(c.reference, c.status, c.emergency, ind,
                loa == null ? null : loa.reference(), loa == null ? null : loa.issuedOn(), null, drugName, supplier,
                writtenFiled));
    }

    private JsonNode fetchRequest(UUID requestId) {
        String body;
        try {
            body = intake.request(requestId);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 503) {
                throw new ProblemException(Problem.dependencyUnavailable("intake-service"));
            }
            throw new ProblemException(Problem.of("upstream-refused", "The request could not be read", 502,
                    "intake-service answered " + status + " for the request of this case."));
        } catch (ProcessingException e) {
            // refused, reset or timed out: intake cannot be reached now
            throw new ProblemException(Problem.dependencyUnavailable("intake-service"));
        }
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new ProblemException(Problem.of("upstream-refused", "The request could not be read", 502,
                    "intake-service answered with something that is not JSON."));
        }
    }
}
