package org.expandedaccess.eligibility.determinations;

/** Request and response examples for the OpenAPI document. */
final class Examples {

    static final String REVIEW = """
            {"outcome": "ELIGIBLE",
             "justification": "Sertraline was stopped after 7 weeks for intolerable nausea; that is an adequate trial for this patient."}
            """;

    /** A complete request draft as intake holds it: docs/examples/complete-request.json (ExamplesTest keeps them equal). */
    static final String PRESCREEN = """
            {
              "programId": "mdma-ptsd",
              "physician": {
                "name": "Alice Anders, MD",
                "npi": "1234567893",
                "institution": "Riverside Psychiatry",
                "address": {
                  "line1": "1 Main Street",
                  "city": "Boston",
                  "state": "MA",
                  "postalCode": "02114"
                },
                "phone": "+1 617 555 0100",
                "email": "alice@clinic.example",
                "license": {
                  "state": "MA",
                  "number": "MD-123456"
                },
                "dea": {
                  "registrationNumber": "AB1234563",
                  "coversScheduleI": true
                },
                "specialty": "Psychiatry",
                "qualificationStatement": "Board-certified psychiatrist, 12 years treating PTSD, trained in MDMA-assisted therapy."
              },
              "site": {
                "name": "Riverside Psychiatry Treatment Suite",
                "address": {
                  "line1": "1 Main Street",
                  "city": "Boston",
                  "state": "MA",
                  "postalCode": "02114"
                },
                "irb": {
                  "name": "Riverside IRB",
                  "contactName": "Irene Board",
                  "contactEmail": "irb@clinic.example"
                },
                "therapists": [
                  {
                    "name": "Theo Lead",
                    "credentials": "PhD, licensed psychologist"
                  },
                  {
                    "name": "Tara Co",
                    "credentials": "LCSW"
                  }
                ]
              },
              "patient": {
                "initials": "JD",
                "ageYears": 34,
                "sex": "FEMALE",
                "weightKg": 62.5,
                "pregnancyPotential": true,
                "pregnant": false,
                "lactating": false,
                "contraceptionInUse": true,
                "allergies": "none known"
              },
              "clinical": {
                "diagnosisCode": "F43.10",
                "conditionDurationMonths": 48,
                "caps5TotalScore": 44,
                "caps5AssessedOn": "2026-11-02",
                "seriousnessStatement": "Severe PTSD with daily intrusions; unable to work for two years.",
                "cssrsRisk": "LOW",
                "comorbidities": [],
                "medications": [
                  {
                    "name": "prazosin",
                    "medicationClass": "OTHER",
                    "dose": "2 mg at night"
                  }
                ]
              },
              "priorTreatments": [
                {
                  "name": "sertraline",
                  "category": "SSRI",
                  "startDate": "2024-01-10",
                  "endDate": "2024-06-30",
                  "durationWeeks": 24,
                  "outcome": "PARTIAL_RESPONSE"
                },
                {
                  "name": "prolonged exposure",
                  "category": "PROLONGED_EXPOSURE",
                  "startDate": "2025-01-15",
                  "endDate": "2025-05-01",
                  "sessions": 12,
                  "outcome": "NO_RESPONSE"
                }
              ],
              "alternatives": {
                "noComparableAlternativeStatement": "Both FDA-approved medications and two trauma-focused therapies failed.",
                "canEnrollInTrial": false,
                "trialEnrollmentReason": "No MDMA trial is enrolling within 500 miles."
              },
              "treatment": {
                "initialDoseMg": 120,
                "supplementalDoseMg": 60,
                "dosingSessions": 3,
                "plannedStart": "2027-01-11"
              },
              "emergency": {
                "emergency": false
              },
              "attestations": {
                "riskBenefitDetermination": true,
                "supportPersonAvailable": true,
                "overnightStayAgreed": true
              }
            }
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
