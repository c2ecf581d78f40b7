package org.expandedaccess.cases.gates;

import java.time.LocalDate;
import java.util.Optional;

/** When a recorded gate is satisfied (docs/regulatory/gates.md). */
public final class GateRules {

    /**
     * A non-emergency IND goes into effect 30 calendar days after FDA receives it, unless FDA notifies
     * the sponsor earlier that the investigation may begin (21 CFR 312.40(b)(1)).
     */
    public static final int FDA_WAITING_DAYS = 30;

    private GateRules() {
    }

    /** For the FDA gate, the day from which it is satisfied; empty for gates satisfied once recorded. */
    public static Optional<LocalDate> satisfiedFrom(GateDetails details) {
        if (details instanceof GateDetails.Fda fda) {
            return switch (fda.route()) {
                case SUBMITTED -> Optional.of(fda.receivedByFdaOn().plusDays(FDA_WAITING_DAYS));
                case MAY_PROCEED_NOTICE -> Optional.of(fda.noticeOn());
                case EMERGENCY_AUTHORIZATION -> Optional.of(fda.authorizedOn());
            };
        }
        return Optional.empty();
    }

    /**
     * The day the record shows the gate holding from: the LOA's issue, the IND in effect (see
     * {@link #satisfiedFrom}), the IRB's approval, the consent's signature, the DEA registration's verification.
     * Empty for emergency use without prior IRB review, which is reported after use (21 CFR 56.104(c)) and so
     * never waits for a date. Drug ships only once every gate holds (docs/regulatory/gates.md).
     */
    public static Optional<LocalDate> heldFrom(GateDetails details) {
        if (details instanceof GateDetails.Loa loa) {
            return Optional.ofNullable(loa.issuedOn());
        }
        if (details instanceof GateDetails.Fda fda) {
            return satisfiedFrom(fda);
        }
        if (details instanceof GateDetails.Irb irb) {
            return Optional.ofNullable(irb.approvedOn());
        }
        if (details instanceof GateDetails.Consent consent) {
            return Optional.ofNullable(consent.signedOn());
        }
        return Optional.ofNullable(((GateDetails.Dea) details).verifiedOn());
    }

    public static boolean isSatisfied(GateDetails details, LocalDate today) {
        return satisfiedFrom(details).map(from -> !today.isBefore(from)).orElse(true);
    }

    /** Plain-words explanation of a recorded gate on a given day. */
    public static String explain(GateDetails details, LocalDate today) {
        if (details instanceof GateDetails.Loa loa) {
            return "LOA " + loa.reference() + " issued " + loa.issuedOn();
        }
        if (details instanceof GateDetails.Fda fda) {
            return switch (fda.route()) {
                case SUBMITTED -> isSatisfied(fda, today)
                        ? "IND " + fda.indNumber() + " in effect since " + satisfiedFrom(fda).orElseThrow()
                                + " (30 days after FDA received it on " + fda.receivedByFdaOn() + ")"
                        : "IND " + fda.indNumber() + " received by FDA on " + fda.receivedByFdaOn()
                                + "; treatment may begin on " + satisfiedFrom(fda).orElseThrow()
                                + " unless FDA says so earlier";
                case MAY_PROCEED_NOTICE -> "FDA said on " + fda.noticeOn() + " that treatment under IND "
                        + fda.indNumber() + " may proceed";
                case EMERGENCY_AUTHORIZATION -> "emergency use authorised by FDA by phone on " + fda.authorizedOn()
                        + ", IND " + fda.indNumber() + "; written submission due within 15 working days";
            };
        }
        if (details instanceof GateDetails.Irb irb) {
            return switch (irb.route()) {
                case CONVENED_BOARD -> "approved by the convened IRB on " + irb.approvedOn() + " (" + irb.reference() + ")";
                case CHAIR_CONCURRENCE -> "IRB chair concurrence on " + irb.approvedOn() + " (" + irb.reference() + ")";
                case EMERGENCY_USE_NOTICE -> "emergency use without prior IRB review: report to the IRB within "
                        + "5 working days of use (21 CFR 56.104(c))";
            };
        }
        if (details instanceof GateDetails.Consent consent) {
            return "consent signed on " + consent.signedOn();
        }
        GateDetails.Dea dea = (GateDetails.Dea) details;
        return "Schedule I registration " + dea.registrationNumber() + " verified on " + dea.verifiedOn()
                + "; storage: " + dea.storageSite();
    }
}
