package org.expandedaccess.eligibility.determinations;

/** Request and response examples for the OpenAPI document. */
final class Examples {

    static final String REVIEW = """
            {"outcome": "ELIGIBLE",
             "justification": "Sertraline was stopped after 7 weeks for intolerable nausea; that is an adequate trial for this patient."}
            """;

    static final String PRESCREEN = """
            {"programId": "mdma-ptsd",
             "patient": {"ageYears": 34, "sex": "FEMALE", "weightKg": 62.5, "pregnancyPotential": true,
                         "pregnant": false, "lactating": false, "contraceptionInUse": true},
             "clinical": {"diagnosisCode": "F43.10", "conditionDurationMonths": 48, "caps5TotalScore": 44,
                          "seriousConditionStated": true, "cssrsRisk": "LOW", "comorbidities": [],
                          "medications": [{"name": "prazosin", "medicationClass": "OTHER"}]},
             "priorTreatments": [{"name": "sertraline", "category": "SSRI", "durationWeeks": 24,
                                  "outcome": "PARTIAL_RESPONSE"}],
             "alternatives": {"noComparableAlternativeStated": true, "canEnrollInTrial": false,
                              "trialEnrollmentReasonStated": true},
             "attestations": {"riskBenefitDetermination": true, "supportPersonAvailable": true,
                              "overnightStayAgreed": true}}
            """;

    static final String PRESCREEN_RESULT = """
            {"programId": "mdma-ptsd", "programVersion": "2026.1", "outcome": "ELIGIBLE", "decidingCriteria": [],
             "criteria": [{"id": "caps5-severity",
                           "description": "CAPS-5 total severity score is at least 35 (severe PTSD; MAPP2 used 28).",
                           "kind": "INCLUSION", "status": "MET", "evidence": {"caps5TotalScore": 44},
                           "explanation": "caps5TotalScore 44 is at least 35",
                           "source": "MAPP1 protocol (NCT03537014); program default"}]}
            """;

    static final String ELIGIBILITY = """
            {"requestId": "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f", "programId": "mdma-ptsd", "withdrawn": false,
             "withdrawnAt": null, "outcome": "NEEDS_REVIEW", "decidedBy": "AUTOMATIC",
             "determination": {"id": "0b8a7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d",
                               "requestId": "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f", "requestVersion": 1,
                               "programId": "mdma-ptsd", "programVersion": "2026.1", "outcome": "NEEDS_REVIEW",
                               "decidingCriteria": ["medication-taper"],
                               "criteria": [{"id": "medication-taper",
                                             "description": "A current psychiatric medication must be tapered off before dosing",
                                             "kind": "NEEDS_REVIEW", "status": "MET",
                                             "evidence": {"medicationCount": 1,
                                                          "matching": [{"name": "sertraline", "medicationClass": "SSRI"}]},
                                             "explanation": "1 current medication(s) to review for tapering before dosing",
                                             "source": "MAPP1 protocol (NCT03537014); program default"}],
                               "determinedAt": "2026-11-27T17:30:02.120Z", "reviews": []}}
            """;

    /** The eligibility after the override example: the review is kept beside the automatic outcome. */
    static final String REVIEWED = """
            {
              "requestId": "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f", "programId": "mdma-ptsd", "withdrawn": false,
              "withdrawnAt": null, "outcome": "ELIGIBLE", "decidedBy": "MEDICAL_REVIEW",
              "determination": {
                "id": "0b8a7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", "requestId": "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f",
                "requestVersion": 1, "programId": "mdma-ptsd", "programVersion": "2026.1", "outcome": "NEEDS_REVIEW",
                "decidingCriteria": ["medication-taper"],
                "criteria": [
                  {
                    "id": "medication-taper",
                    "description": "A current psychiatric medication must be tapered off before dosing",
                    "kind": "NEEDS_REVIEW", "status": "MET",
                    "evidence": {"medicationCount": 1, "matching": [{"name": "sertraline", "medicationClass": "SSRI"}]},
                    "explanation": "1 current medication(s) to review for tapering before dosing",
                    "source": "MAPP1 protocol (NCT03537014); program default"
                  }
                ],
                "determinedAt": "2026-11-27T17:30:02.120Z",
                "reviews": [
                  {
                    "id": "4d3c2b1a-0f9e-4d8c-b7a6-958473625140",
                    "determinationId": "0b8a7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", "outcome": "ELIGIBLE",
                    "justification": "Sertraline was stopped after 7 weeks for intolerable nausea; that is an adequate trial for this patient.",
                    "reviewer": "mark.reviewer", "reviewedAt": "2026-11-28T09:15:00Z"
                  }
                ]
              }
            }""";

    /** One evaluated request version, with its override. */
    static final String HISTORY = """
            [
              {
                "id": "0b8a7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", "requestId": "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f",
                "requestVersion": 1, "programId": "mdma-ptsd", "programVersion": "2026.1", "outcome": "NEEDS_REVIEW",
                "decidingCriteria": ["medication-taper"],
                "criteria": [
                  {
                    "id": "medication-taper",
                    "description": "A current psychiatric medication must be tapered off before dosing",
                    "kind": "NEEDS_REVIEW", "status": "MET",
                    "evidence": {"medicationCount": 1, "matching": [{"name": "sertraline", "medicationClass": "SSRI"}]},
                    "explanation": "1 current medication(s) to review for tapering before dosing",
                    "source": "MAPP1 protocol (NCT03537014); program default"
                  }
                ],
                "determinedAt": "2026-11-27T17:30:02.120Z",
                "reviews": [
                  {
                    "id": "4d3c2b1a-0f9e-4d8c-b7a6-958473625140",
                    "determinationId": "0b8a7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", "outcome": "ELIGIBLE",
                    "justification": "Sertraline was stopped after 7 weeks for intolerable nausea; that is an adequate trial for this patient.",
                    "reviewer": "mark.reviewer", "reviewedAt": "2026-11-28T09:15:00Z"
                  }
                ]
              }
            ]""";


    private Examples() {
    }
}
