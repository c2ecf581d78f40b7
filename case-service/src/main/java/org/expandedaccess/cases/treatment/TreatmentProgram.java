package org.expandedaccess.cases.treatment;

import java.util.List;
import java.util.Objects;

/**
 * The parameters of a treatment program: how many sessions of each kind, how far apart, which
 * doses, and what must be observed at a dosing session. The session plan, the deviation flags
 * and the completion rule all read these, so that a sponsor who changes the program changes it
 * in one place.
 *
 * <p>None of these values is law: they are <em>program defaults</em> (docs/regulatory/mdma-ptsd-program.md) taken
 * from the Phase 3 trials {@link #SOURCE_TRIALS MAPP1 and MAPP2}. See {@link #mdmaPtsd()}.
 *
 * @param preparatorySessions            preparatory (non-drug) sessions before the first dosing session
 * @param dosingSessions                 dosing sessions in the plan
 * @param integrationSessionsPerDosing   integration sessions after each dosing session
 * @param dosingIntervalTargetDays       planned days between consecutive dosing sessions
 * @param dosingIntervalMinDays          fewest days allowed between consecutive dosing sessions (inclusive)
 * @param dosingIntervalMaxDays          most days allowed between consecutive dosing sessions (inclusive)
 * @param initialDosesMg                 the initial doses the program allows, in mg
 * @param supplementalDosePercentOfInitial the optional supplemental dose as a percentage of the initial
 *                                       dose given in the same session (50: a half dose)
 * @param supplementalWindowMinMinutes   earliest supplemental dose, minutes after the initial dose (inclusive)
 * @param supplementalWindowMaxMinutes   latest supplemental dose, minutes after the initial dose (inclusive)
 * @param maxTotalDoseMgPerSession       most MDMA allowed in one dosing session (initial plus supplemental)
 * @param therapistsPerDosingSession     therapists who must attend each dosing session
 * @param vitalSignsDuringDosing         whether blood pressure, pulse and temperature must be taken
 *                                       during each dosing session
 * @param cssrsAtEachVisit               whether the C-SSRS must be recorded at every session
 * @param preparatoryIntervalDays        plan: days between preparatory sessions
 * @param firstDosingAfterLastPreparatoryDays plan: days from the last preparatory session to the first dosing session
 * @param firstIntegrationAfterDosingDays plan: days from a dosing session to its first integration session
 * @param integrationIntervalDays        plan: days between the integration sessions that follow one dosing session
 */
public record TreatmentProgram(
        int preparatorySessions,
        int dosingSessions,
        int integrationSessionsPerDosing,
        int dosingIntervalTargetDays,
        int dosingIntervalMinDays,
        int dosingIntervalMaxDays,
        List<Integer> initialDosesMg,
        int supplementalDosePercentOfInitial,
        int supplementalWindowMinMinutes,
        int supplementalWindowMaxMinutes,
        int maxTotalDoseMgPerSession,
        int therapistsPerDosingSession,
        boolean vitalSignsDuringDosing,
        boolean cssrsAtEachVisit,
        int preparatoryIntervalDays,
        int firstDosingAfterLastPreparatoryDays,
        int firstIntegrationAfterDosingDays,
        int integrationIntervalDays) {

    /** Where the program defaults come from. */
    public static final String SOURCE_TRIALS =
            "docs/regulatory/mdma-ptsd-program.md; Phase 3 trials MAPP1 (NCT03537014) and MAPP2 (NCT04077437)";

    public TreatmentProgram {
        requireAtLeast(preparatorySessions, 0, "preparatorySessions");
        requireAtLeast(dosingSessions, 1, "dosingSessions");
        requireAtLeast(integrationSessionsPerDosing, 0, "integrationSessionsPerDosing");
        requireAtLeast(dosingIntervalMinDays, 1, "dosingIntervalMinDays");
        if (dosingIntervalTargetDays < dosingIntervalMinDays || dosingIntervalTargetDays > dosingIntervalMaxDays) {
            throw new IllegalArgumentException("dosingIntervalTargetDays must lie between dosingIntervalMinDays and dosingIntervalMaxDays");
        }
        initialDosesMg = List.copyOf(Objects.requireNonNull(initialDosesMg, "initialDosesMg"));
        if (initialDosesMg.isEmpty() || initialDosesMg.stream().anyMatch(mg -> mg <= 0)) {
            throw new IllegalArgumentException("initialDosesMg must list positive doses");
        }
        requireAtLeast(supplementalDosePercentOfInitial, 0, "supplementalDosePercentOfInitial");
        requireAtLeast(supplementalWindowMinMinutes, 0, "supplementalWindowMinMinutes");
        if (supplementalWindowMaxMinutes < supplementalWindowMinMinutes) {
            throw new IllegalArgumentException("supplementalWindowMaxMinutes must not be before supplementalWindowMinMinutes");
        }
        requireAtLeast(maxTotalDoseMgPerSession, 1, "maxTotalDoseMgPerSession");
        requireAtLeast(therapistsPerDosingSession, 0, "therapistsPerDosingSession");
        requireAtLeast(preparatoryIntervalDays, 1, "preparatoryIntervalDays");
        requireAtLeast(firstDosingAfterLastPreparatoryDays, 1, "firstDosingAfterLastPreparatoryDays");
        requireAtLeast(firstIntegrationAfterDosingDays, 1, "firstIntegrationAfterDosingDays");
        requireAtLeast(integrationIntervalDays, 1, "integrationIntervalDays");
    }

    /**
     * The MDMA-assisted therapy program for PTSD as in MAPP1 and MAPP2 (docs/regulatory/mdma-ptsd-program.md):
     * <ul>
     *   <li>3 preparatory sessions (about 90 minutes, no drug);</li>
     *   <li>3 dosing sessions about 4 weeks (28 days) apart, allowed 3-5 weeks (21-35 days);</li>
     *   <li>3 integration sessions after each dosing session;</li>
     *   <li>initial dose 80 or 120 mg; optional supplemental half dose (40 or 60 mg) 1.5-2 hours
     *       (90-120 minutes) after the initial dose; so at most 120 + 60 = 180 mg per session;</li>
     *   <li>two therapists at each dosing session; blood pressure, pulse and temperature during
     *       dosing; C-SSRS at each visit.</li>
     * </ul>
     * The calendar spacing of the plan (weekly preparatory sessions, first dosing one week after
     * the last preparatory one, first integration the day after dosing, then weekly) is this
     * product's own choice: the trials fix the counts and the dosing interval, not these days.
     * The day-after integration session follows the trials' overnight stay after dosing.
     */
    public static TreatmentProgram mdmaPtsd() {
        return new TreatmentProgram(3, 3, 3, 28, 21, 35, List.of(80, 120), 50, 90, 120, 180, 2, true, true,
                7, 7, 1, 7);
    }

    /** The supplemental dose the program expects after a given initial dose (half of it by default). */
    public int expectedSupplementalMg(int initialMg) {
        return initialMg * supplementalDosePercentOfInitial / 100;
    }

    /** This program with another number of dosing sessions (a request may plan fewer than the default). */
    public TreatmentProgram withDosingSessions(int sessions) {
        return new TreatmentProgram(preparatorySessions, sessions, integrationSessionsPerDosing, dosingIntervalTargetDays,
                dosingIntervalMinDays, dosingIntervalMaxDays, initialDosesMg, supplementalDosePercentOfInitial,
                supplementalWindowMinMinutes, supplementalWindowMaxMinutes, maxTotalDoseMgPerSession,
                therapistsPerDosingSession, vitalSignsDuringDosing, cssrsAtEachVisit, preparatoryIntervalDays,
                firstDosingAfterLastPreparatoryDays, firstIntegrationAfterDosingDays, integrationIntervalDays);
    }

    private static void requireAtLeast(int value, int min, String name) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min);
        }
    }
}
