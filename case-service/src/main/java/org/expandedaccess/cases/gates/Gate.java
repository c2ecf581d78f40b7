package org.expandedaccess.cases.gates;

import org.expandedaccess.platform.security.Caller;

import java.util.Set;

/**
 * The five gates before drug may ship (docs/regulatory/gates.md), who records each (docs/regulatory/roles-and-permissions.md:
 * triagers record the LOA; physicians record FDA, IRB and consent on their own cases; the sponsor verifies
 * the DEA registration), and the body each takes.
 */
public enum Gate {
    LOA("Sponsor approval and letter of authorization", Set.of(Caller.TRIAGER, Caller.MEDICAL_REVIEWER),
            GateDetails.Loa.class, "docs/regulatory/gates.md (1); 21 CFR 312.310(b)"),
    FDA("FDA: may proceed, or emergency authorisation", Set.of(Caller.PHYSICIAN),
            GateDetails.Fda.class, "21 CFR 312.40(b); 21 CFR 312.310(d)"),
    IRB("IRB approval or chair concurrence, or emergency notice", Set.of(Caller.PHYSICIAN),
            GateDetails.Irb.class, "21 CFR 56.104(c), 56.105; 21 CFR 312.310(c)"),
    CONSENT("Informed consent signed", Set.of(Caller.PHYSICIAN),
            GateDetails.Consent.class, "21 CFR 50"),
    DEA("DEA Schedule I registration and storage site verified", Set.of(Caller.TRIAGER, Caller.MEDICAL_REVIEWER),
            GateDetails.Dea.class, "21 CFR 1301.18, 1301.75; program default: no shipment before this");

    private final String title;
    private final Set<String> recordedBy;
    private final Class<? extends GateDetails> details;
    private final String source;

    Gate(String title, Set<String> recordedBy, Class<? extends GateDetails> details, String source) {
        this.title = title;
        this.recordedBy = recordedBy;
        this.details = details;
        this.source = source;
    }

    public String title() {
        return title;
    }

    /** Roles that may record this gate (a physician only on their own case). */
    public Set<String> recordedBy() {
        return recordedBy;
    }

    public Class<? extends GateDetails> detailsType() {
        return details;
    }

    public String source() {
        return source;
    }

    /** Path segment form: lower case. */
    public static Gate fromPath(String segment) {
        for (Gate g : values()) {
            if (g.name().equalsIgnoreCase(segment)) {
                return g;
            }
        }
        return null;
    }
}
