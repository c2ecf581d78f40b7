package org.expandedaccess.cases.lifecycle;

import org.expandedaccess.cases.audit.Actor;
import org.expandedaccess.platform.security.Caller;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.expandedaccess.cases.lifecycle.CaseStatus.*;

/**
 * Every move a case can make, who may make it and what it requires: the one table the service
 * enforces, the tests are generated from, and the service README draws (docs/regulatory/case-lifecycle.md and roles-and-permissions.md).
 * Moves by {@link Actor#SYSTEM} happen on events or by themselves; the others are
 * {@code POST /api/v1/cases/{id}/transitions} by a person with one of the roles (a physician only on
 * their own case).
 */
public final class CaseTransitions {

    /** What a move needs in the transition request, checked after the move is found legal. */
    public enum Requirement {
        NONE("nothing"),
        REASON("a reason"),
        LOA("the LOA reference and date of issue"),
        ALL_GATES("every gate satisfied (LOA, FDA, IRB, consent, DEA)"),
        SHIPMENT("lot, quantity and tracking reference"),
        TREATMENT_START("the date treatment started"),
        TREATMENT_END("all planned dosing sessions recorded, or a reason for ending early"),
        TREATMENT_SUMMARY("the date and reference of the written treatment summary sent to FDA");

        private final String description;

        Requirement(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    public record Transition(CaseStatus from, CaseStatus to, Set<String> roles, Requirement requires, String when,
                             String source) {
        public boolean bySystem() {
            return roles.contains(Actor.SYSTEM);
        }
    }

    private static final Set<String> SYSTEM = Set.of(Actor.SYSTEM);
    private static final Set<String> SPONSOR = Set.of(Caller.TRIAGER, Caller.MEDICAL_REVIEWER);
    private static final Set<String> PHYSICIAN = Set.of(Caller.PHYSICIAN);

    private static final List<Transition> TABLE;

    static {
        List<Transition> t = new ArrayList<>(List.of(
                new Transition(SUBMITTED, SCREENING, SYSTEM, Requirement.NONE,
                        "the case is opened from RequestSubmitted", "regulatory/case-lifecycle"),
                new Transition(SCREENING, UNDER_REVIEW, SYSTEM, Requirement.NONE,
                        "screening says ELIGIBLE or NEEDS_REVIEW (EligibilityDetermined or EligibilityOverridden)",
                        "regulatory/mdma-ptsd-program, regulatory/case-lifecycle"),
                new Transition(SCREENING, UNDER_REVIEW, SPONSOR, Requirement.REASON,
                        "a person sends a case screening found INELIGIBLE to review", "regulatory/roles-and-permissions"),
                new Transition(SCREENING, DECLINED, SPONSOR, Requirement.REASON,
                        "a person declines, typically after INELIGIBLE", "regulatory/roles-and-permissions"),
                new Transition(UNDER_REVIEW, INFO_REQUESTED, SPONSOR, Requirement.REASON,
                        "the sponsor asks the physician for more information", "regulatory/roles-and-permissions"),
                new Transition(UNDER_REVIEW, APPROVED, SPONSOR, Requirement.LOA,
                        "the sponsor approves and issues the LOA (a medical reviewer when screening was not ELIGIBLE)",
                        "regulatory/gates (1), regulatory/roles-and-permissions; 21 CFR 312.310(b)"),
                new Transition(UNDER_REVIEW, DECLINED, SPONSOR, Requirement.REASON,
                        "the sponsor declines", "regulatory/roles-and-permissions; FD&C Act 561A"),
                new Transition(INFO_REQUESTED, SCREENING, SYSTEM, Requirement.NONE,
                        "the physician amends the request (RequestAmended)", "regulatory/case-lifecycle"),
                new Transition(INFO_REQUESTED, DECLINED, SPONSOR, Requirement.REASON,
                        "the sponsor declines without waiting longer", "regulatory/roles-and-permissions"),
                new Transition(APPROVED, AUTHORIZING, SYSTEM, Requirement.NONE,
                        "right after approval: the remaining gates may be recorded in any order", "regulatory/gates, regulatory/case-lifecycle"),
                new Transition(AUTHORIZING, READY_TO_SHIP, SYSTEM, Requirement.ALL_GATES,
                        "the last gate is satisfied (recorded, or the FDA 30 days have passed)",
                        "regulatory/gates; 21 CFR 312.40(b)"),
                new Transition(READY_TO_SHIP, SHIPPED, SPONSOR, Requirement.SHIPMENT,
                        "the sponsor records the shipment", "regulatory/roles-and-permissions; 21 CFR 1304.04"),
                new Transition(SHIPPED, IN_TREATMENT, PHYSICIAN, Requirement.TREATMENT_START,
                        "the physician starts treatment; the session plan is generated", "regulatory/mdma-ptsd-program, regulatory/roles-and-permissions"),
                new Transition(IN_TREATMENT, TREATMENT_COMPLETED, PHYSICIAN, Requirement.TREATMENT_END,
                        "the physician completes treatment", "regulatory/mdma-ptsd-program, regulatory/roles-and-permissions"),
                new Transition(TREATMENT_COMPLETED, CLOSED, SPONSOR, Requirement.TREATMENT_SUMMARY,
                        "the sponsor closes the case after the summary is filed", "regulatory/case-lifecycle; 21 CFR 312.310(c)(2)")));
        for (CaseStatus s : CaseStatus.values()) {
            if (!s.isFinal()) {
                t.add(new Transition(s, WITHDRAWN, SYSTEM, Requirement.NONE,
                        "the physician withdraws the request (RequestWithdrawn)", "regulatory/case-lifecycle, regulatory/records-and-privacy"));
            }
        }
        TABLE = Collections.unmodifiableList(t);
    }

    private CaseTransitions() {
    }

    public static List<Transition> all() {
        return TABLE;
    }

    /** The move a person may ask for, if any person may make it. */
    public static Optional<Transition> byPeople(CaseStatus from, CaseStatus to) {
        return TABLE.stream().filter(t -> t.from() == from && t.to() == to && !t.bySystem()).findFirst();
    }

    /** The move the service makes by itself on an event, if legal. */
    public static Optional<Transition> bySystem(CaseStatus from, CaseStatus to) {
        return TABLE.stream().filter(t -> t.from() == from && t.to() == to && t.bySystem()).findFirst();
    }

    /** States a person holding these roles may move a case to from {@code from}. */
    public static Set<CaseStatus> nextFor(CaseStatus from, Set<String> roles) {
        Set<CaseStatus> next = new LinkedHashSet<>();
        for (Transition t : TABLE) {
            if (t.from() == from && !t.bySystem() && t.roles().stream().anyMatch(roles::contains)) {
                next.add(t.to());
            }
        }
        return next;
    }
}
