package org.expandedaccess.cases.treatment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Generates the session plan of a case entering {@code IN_TREATMENT} (case-service issue 6,
 * "Treatment sessions"; counts from {@link TreatmentProgram#SOURCE_TRIALS}).
 *
 * <p>Date scheme, with the default program (all offsets come from the {@link TreatmentProgram}):
 * <ul>
 *   <li>preparatory session <i>k</i> on {@code start + (k-1) * 7} days (weekly from the start);</li>
 *   <li>dosing session 1 seven days after the last preparatory session; dosing session <i>d</i>
 *       {@code (d-1) * 28} days after dosing session 1 (the trials' "about a month apart");</li>
 *   <li>after each dosing session, integration sessions on the next day (the morning after the
 *       overnight stay) and then weekly: dosing + 1, + 8, + 15 days.</li>
 * </ul>
 * With the default program a plan starting on day 0 has dosing on days 21, 49 and 77 and its last
 * session on day 92. Target dates guide scheduling only; deviations are judged on recorded dates
 * by {@link DeviationCheck}.
 */
public final class SessionPlan {

    private SessionPlan() {
    }

    /**
     * The planned sessions in date order (preparatory, then each dosing session followed by its
     * integration sessions), numbered from 1. The list is immutable.
     */
    public static List<PlannedSession> generate(LocalDate treatmentStart, TreatmentProgram program) {
        Objects.requireNonNull(treatmentStart, "treatmentStart");
        Objects.requireNonNull(program, "program");

        List<PlannedSession> unordered = new ArrayList<>();
        LocalDate lastPreparatory = null;
        for (int k = 1; k <= program.preparatorySessions(); k++) {
            lastPreparatory = treatmentStart.plusDays((long) (k - 1) * program.preparatoryIntervalDays());
            unordered.add(new PlannedSession(0, SessionType.PREPARATORY, k, null, lastPreparatory));
        }
        LocalDate firstDosing = lastPreparatory == null
                ? treatmentStart
                : lastPreparatory.plusDays(program.firstDosingAfterLastPreparatoryDays());
        int integrationNumber = 0;
        for (int d = 1; d <= program.dosingSessions(); d++) {
            LocalDate dosing = firstDosing.plusDays((long) (d - 1) * program.dosingIntervalTargetDays());
            unordered.add(new PlannedSession(0, SessionType.DOSING, d, null, dosing));
            for (int i = 1; i <= program.integrationSessionsPerDosing(); i++) {
                LocalDate integration = dosing.plusDays(program.firstIntegrationAfterDosingDays()
                        + (long) (i - 1) * program.integrationIntervalDays());
                unordered.add(new PlannedSession(0, SessionType.INTEGRATION, ++integrationNumber, d, integration));
            }
        }

        // A program whose integration sessions outlast the dosing interval would interleave them with
        // the next dosing session; a stable sort by date keeps the plan in the order it is lived.
        List<PlannedSession> byDate = new ArrayList<>(unordered);
        byDate.sort(Comparator.comparing(PlannedSession::targetDate));
        List<PlannedSession> plan = new ArrayList<>(byDate.size());
        for (int i = 0; i < byDate.size(); i++) {
            PlannedSession s = byDate.get(i);
            plan.add(new PlannedSession(i + 1, s.type(), s.number(), s.afterDosing(), s.targetDate()));
        }
        return List.copyOf(plan);
    }
}
