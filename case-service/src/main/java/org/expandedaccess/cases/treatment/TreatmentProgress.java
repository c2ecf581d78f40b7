package org.expandedaccess.cases.treatment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The completion rule of the treatment phase: {@code TREATMENT_COMPLETED} is allowed once all
 * planned dosing sessions are recorded, or when the physician ends treatment early with a reason
 * ({@link #SOURCE}).
 */
public final class TreatmentProgress {

    /** Where the completion rule comes from. */
    public static final String SOURCE = "case-service issue 6, Treatment sessions: TREATMENT_COMPLETED once all planned "
            + "dosing sessions are recorded or the physician ends treatment early with a reason; docs/regulatory/case-lifecycle.md";

    private TreatmentProgress() {
    }

    /**
     * Which planned dosing sessions have been recorded. A recorded dosing session with a number
     * covers the planned session of that number (recording the same number twice counts once; a
     * number outside the plan covers nothing). A recorded dosing session without a number covers
     * the lowest planned number still outstanding, taken in date order, so that a physician who
     * never gives numbers still completes the plan.
     */
    public static DosingProgress dosingRecorded(List<PlannedSession> plan, List<RecordedSession> recorded) {
        Objects.requireNonNull(plan, "plan");
        TreeSet<Integer> outstanding = new TreeSet<>();
        plan.stream().filter(s -> s.type() == SessionType.DOSING).forEach(s -> outstanding.add(s.number()));
        int planned = outstanding.size();

        List<RecordedSession> unnumbered = new ArrayList<>();
        for (RecordedSession session : recorded == null ? List.<RecordedSession>of() : recorded) {
            if (session == null || session.type() != SessionType.DOSING) {
                continue;
            }
            if (session.number() != null) {
                outstanding.remove(session.number());
            } else {
                unnumbered.add(session);
            }
        }
        unnumbered.sort(Comparator.comparing(RecordedSession::date, Comparator.nullsLast(Comparator.naturalOrder())));
        for (int i = 0; i < unnumbered.size() && !outstanding.isEmpty(); i++) {
            outstanding.pollFirst();
        }
        return new DosingProgress(planned, planned - outstanding.size(), new ArrayList<>(outstanding));
    }

    /**
     * Whether the case may move to {@code TREATMENT_COMPLETED}.
     *
     * @param earlyEndReason the physician's reason for ending treatment before all planned dosing
     *                       sessions; {@code null} or blank when not ending early. It is not
     *                       copied into the decision (it may hold patient details).
     */
    public static CompletionDecision completionAllowed(List<PlannedSession> plan, List<RecordedSession> recorded,
                                                       String earlyEndReason) {
        DosingProgress progress = dosingRecorded(plan, recorded);
        if (progress.allRecorded()) {
            return new CompletionDecision(true, false,
                    "All " + progress.planned() + " planned dosing sessions are recorded.", progress, SOURCE);
        }
        String recordedOfPlanned = progress.recorded() + " of " + progress.planned()
                + " planned dosing sessions are recorded (outstanding: " + joined(progress.outstanding()) + ")";
        if (earlyEndReason != null && !earlyEndReason.isBlank()) {
            return new CompletionDecision(true, true,
                    recordedOfPlanned + "; treatment ended early with a reason given by the physician.", progress, SOURCE);
        }
        return new CompletionDecision(false, false,
                recordedOfPlanned + ". Record them, or end treatment early with a reason.", progress, SOURCE);
    }

    private static String joined(List<Integer> numbers) {
        return String.join(", ", numbers.stream().map(n -> "dosing session " + n).toList());
    }
}
