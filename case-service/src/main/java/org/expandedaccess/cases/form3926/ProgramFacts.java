package org.expandedaccess.cases.form3926;

import java.util.Locale;
import java.util.Map;

/**
 * What the Form FDA 3926 draft knows of the MDMA-for-PTSD program (docs/regulatory/mdma-ptsd-program.md) beyond
 * the {@link org.expandedaccess.cases.treatment.TreatmentProgram} it is given, and the regulation it cites in
 * more than one field. Program defaults, not law: the request's own values win where it gives them.
 */
final class ProgramFacts {

    /** The program's id in a request's {@code programId}. */
    static final String PROGRAM_ID = "mdma-ptsd";
    /** The program's route: oral capsules, as in MAPP1 and MAPP2 (program default, docs/regulatory/mdma-ptsd-program.md). */
    static final String PROGRAM_ROUTE = "Oral";
    /** The drug as the dose (field 6.c) names it. */
    static final String DRUG = "MDMA";
    /** The program's indication, field 5.a when the request gives no diagnosis code. */
    static final String INDICATION = "Post-traumatic stress disorder (PTSD)";
    /** Field 5.h drafted from the program description (MAPP1, MAPP2), for the physician to review and adapt. */
    static final String REASON_FOR_REQUEST = "MDMA-assisted therapy is requested for PTSD that has not responded to "
            + "adequate prior treatment (field 5.g). In the Phase 3 trials MAPP1 (NCT03537014) and MAPP2 "
            + "(NCT04077437), MDMA-assisted therapy reduced PTSD symptom severity (CAPS-5) more than "
            + "placebo with the same therapy.";

    static final String SOURCE_EMERGENCY = "21 CFR 312.310(d)";
    static final String SOURCE_SUMMARY = "21 CFR 312.310(c)(2)";

    /** ICD-10-CM codes of the program's inclusion criterion (docs/regulatory/mdma-ptsd-program.md). */
    private static final Map<String, String> PTSD_CODES = Map.of(
            "F43.10", "unspecified",
            "F43.11", "acute",
            "F43.12", "chronic");

    private ProgramFacts() {
    }

    /** "unspecified", "acute" or "chronic" for a PTSD code of the program (any case); {@code null} for another code. */
    static String ptsdName(String icd10Code) {
        return PTSD_CODES.get(icd10Code.toUpperCase(Locale.ROOT));
    }

    /** Whether the request is for this program; a request without a {@code programId} is taken to be. */
    static boolean isProgram(RequestReader r) {
        String programId = r.text("programId");
        return programId == null || PROGRAM_ID.equals(programId);
    }
}
