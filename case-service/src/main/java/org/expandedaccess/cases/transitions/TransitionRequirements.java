package org.expandedaccess.cases.transitions;

import org.expandedaccess.cases.lifecycle.CaseTransitions.Requirement;
import org.expandedaccess.platform.problem.Problem.FieldError;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What a person's move still lacks: the rule behind each {@link Requirement} of the transition table,
 * as field errors of the transition request (docs/regulatory/case-lifecycle.md). Pure: the case facts and
 * today come in, nothing is read or changed.
 */
public final class TransitionRequirements {

    /**
     * The facts of the case the requirements look at: dates the case holds (null where not yet), the last
     * recorded dosing session, and the gate that came to hold last with its date.
     */
    public record CaseFacts(boolean emergency, LocalDate shippedOn, LocalDate treatmentStartedOn,
                            LocalDate treatmentCompletedOn, LocalDate lastSessionOn, String lastGate,
                            LocalDate lastGateHeldFrom) {

        /** A case with no dates yet. */
        public static CaseFacts undated(boolean emergency) {
            return new CaseFacts(emergency, null, null, null, null, null, null);
        }
    }

    static final int MAX_TEXT = 2000;

    private TransitionRequirements() {
    }

    /**
     * @param completionProblems why treatment cannot be completed yet without a reason for ending early,
     *                           asked only when the move completes treatment without one
     */
    public static List<FieldError> problems(Requirement requirement, TransitionRequest r, CaseFacts c, LocalDate today,
                                            Supplier<List<String>> completionProblems) {
        List<FieldError> errors = new ArrayList<>();
        if (r.reason() != null && r.reason().length() > MAX_TEXT) {
            errors.add(new FieldError("reason", "at most 2000 characters"));
        }
        switch (requirement) {
            case REASON -> {
                if (r.reason() == null || r.reason().isBlank()) {
                    errors.add(new FieldError("reason", "required: say why"));
                }
            }
            case LOA -> {
                if (r.loa() == null) {
                    errors.add(new FieldError("loa", "required: reference and issuedOn of the letter of authorization"));
                } else {
                    r.loa().problems(c.emergency(), today)
                            .forEach(e -> errors.add(new FieldError("loa." + e.field(), e.message())));
                }
            }
            case SHIPMENT -> shipment(r.shipment(), c, today, errors);
            case TREATMENT_START -> {
                if (r.treatmentStartedOn() == null) {
                    errors.add(new FieldError("treatmentStartedOn", "required (yyyy-mm-dd)"));
                } else if (c.shippedOn() != null && r.treatmentStartedOn().isBefore(c.shippedOn())) {
                    errors.add(new FieldError("treatmentStartedOn", "cannot be before the shipment (" + c.shippedOn() + ")"));
                } else if (r.treatmentStartedOn().isAfter(today)) {
                    errors.add(new FieldError("treatmentStartedOn", "cannot be in the future"));
                }
            }
            case TREATMENT_END -> {
                if (r.earlyEndReason() != null && r.earlyEndReason().length() > MAX_TEXT) {
                    errors.add(new FieldError("earlyEndReason", "at most 2000 characters"));
                }
                if (blankToNull(r.earlyEndReason()) == null) {
                    completionProblems.get().forEach(p -> errors.add(new FieldError("earlyEndReason", p)));
                }
                LocalDate on = r.treatmentCompletedOn() != null ? r.treatmentCompletedOn() : today;
                if (on.isAfter(today)) {
                    errors.add(new FieldError("treatmentCompletedOn", "cannot be in the future"));
                } else if (c.lastSessionOn() != null && on.isBefore(c.lastSessionOn())) {
                    errors.add(new FieldError("treatmentCompletedOn",
                            "cannot be before the last recorded session (" + c.lastSessionOn() + ")"));
                } else if (c.treatmentStartedOn() != null && on.isBefore(c.treatmentStartedOn())) {
                    errors.add(new FieldError("treatmentCompletedOn",
                            "cannot be before the start of treatment (" + c.treatmentStartedOn() + ")"));
                }
            }
            case TREATMENT_SUMMARY -> {
                var s = r.summary();
                if (s == null || s.submittedOn() == null || s.reference() == null || s.reference().isBlank()) {
                    errors.add(new FieldError("summary", "required: submittedOn and reference of the summary sent to FDA"));
                } else if (s.submittedOn().isAfter(today)) {
                    errors.add(new FieldError("summary.submittedOn", "cannot be in the future"));
                } else if (c.treatmentCompletedOn() != null && s.submittedOn().isBefore(c.treatmentCompletedOn())) {
                    errors.add(new FieldError("summary.submittedOn",
                            "cannot be before treatment was completed (" + c.treatmentCompletedOn() + ")"));
                } else if (s.reference().length() > 128) {
                    errors.add(new FieldError("summary.reference", "at most 128 characters"));
                }
            }
            case NONE, ALL_GATES -> { }
        }
        return errors;
    }

    private static void shipment(TransitionRequest.Shipment s, CaseFacts c, LocalDate today, List<FieldError> errors) {
        if (s == null) {
            errors.add(new FieldError("shipment", "required: lot, quantity and trackingReference"));
            return;
        }
        if (s.lot() == null || s.lot().isBlank() || s.lot().length() > 64) {
            errors.add(new FieldError("shipment.lot", "required, at most 64 characters"));
        }
        if (s.quantity() == null || s.quantity() < 1 || s.quantity() > 1000) {
            errors.add(new FieldError("shipment.quantity", "required, 1 to 1000 units"));
        }
        if (s.trackingReference() == null || s.trackingReference().isBlank() || s.trackingReference().length() > 128) {
            errors.add(new FieldError("shipment.trackingReference", "required, at most 128 characters"));
        }
        LocalDate on = s.shippedOn() != null ? s.shippedOn() : today;
        if (on.isAfter(today)) {
            errors.add(new FieldError("shipment.shippedOn", "cannot be in the future"));
        } else if (c.lastGateHeldFrom() != null && on.isBefore(c.lastGateHeldFrom())) {
            // drug ships only once every gate holds (docs/regulatory/gates.md)
            errors.add(new FieldError("shipment.shippedOn", "cannot be before " + c.lastGateHeldFrom()
                    + ", when the last gate (" + c.lastGate() + ") came to hold"));
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
