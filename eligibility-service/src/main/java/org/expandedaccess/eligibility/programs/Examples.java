package org.expandedaccess.eligibility.programs;

/** Response examples for the OpenAPI document: the mdma-ptsd definition (programs/mdma-ptsd.yaml), a few criteria shown. */
final class Examples {

    private Examples() {
    }

    static final String PROGRAM = """
            {
              "id": "mdma-ptsd", "name": "MDMA-assisted therapy for treatment-resistant PTSD", "drug": "MDMA (midomafetamine)",
              "version": "2026.1",
              "description": "Individual-patient expanded access (21 CFR 312.310) to MDMA-assisted therapy for adults with severe, treatment-resistant PTSD who cannot join an active MDMA trial.",
              "criteria": [
                {"id": "serious-condition",
                 "description": "The physician states why the condition is serious (substantial impact on day-to-day functioning) or immediately life-threatening.",
                 "kind": "INCLUSION", "rule": "facts", "parameters": {"expected": {"seriousConditionStated": true}},
                 "source": "21 CFR 312.305(a)(1); 21 CFR 312.300(b)"},
                {"id": "caps5-severity",
                 "description": "CAPS-5 total severity score is at least 35 (severe PTSD; MAPP2 used 28).",
                 "kind": "INCLUSION", "rule": "atLeast", "parameters": {"fact": "caps5TotalScore", "minimum": 35},
                 "source": "MAPP1 protocol (NCT03537014); program default"},
                {"id": "medication-taper",
                 "description": "A current psychiatric medication must be tapered off before dosing (SSRI, SNRI, MAOI, stimulant, antipsychotic, benzodiazepine or other psychiatric medication); a medical reviewer judges the taper.",
                 "kind": "NEEDS_REVIEW", "rule": "currentMedication",
                 "parameters": {"classes": ["SSRI", "SNRI", "MAOI", "STIMULANT", "ANTIPSYCHOTIC", "BENZODIAZEPINE", "OTHER_PSYCHIATRIC"]},
                 "source": "MAPP1 protocol (NCT03537014); program default"}
              ]
            }""";

    static final String PROGRAMS = "[" + PROGRAM + "]";
}
