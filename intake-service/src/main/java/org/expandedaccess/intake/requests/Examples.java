package org.expandedaccess.intake.requests;

/** Example bodies for the OpenAPI document; tests post them to prove they are what they claim. */
final class Examples {

    private Examples() {
    }

    static final String COMPLETE = """
            {
              "programId": "mdma-ptsd",
              "physician": {
                "name": "Alice Anders, MD", "npi": "1234567893", "institution": "Riverside Psychiatry",
                "address": {"line1": "1 Main Street", "city": "Boston", "state": "MA", "postalCode": "02114"},
                "phone": "+1 617 555 0100", "email": "alice@clinic.example",
                "license": {"state": "MA", "number": "MD-123456"},
                "dea": {"registrationNumber": "AB1234563", "coversScheduleI": true},
                "specialty": "Psychiatry",
                "qualificationStatement": "Board-certified psychiatrist, 12 years treating PTSD, trained in MDMA-assisted therapy."
              },
              "site": {
                "name": "Riverside Psychiatry Treatment Suite",
                "address": {"line1": "1 Main Street", "city": "Boston", "state": "MA", "postalCode": "02114"},
                "irb": {"name": "Riverside IRB", "contactName": "Irene Board", "contactEmail": "irb@clinic.example"},
                "therapists": [{"name": "Theo Lead", "credentials": "PhD, licensed psychologist"},
                               {"name": "Tara Co", "credentials": "LCSW"}]
              },
              "patient": {
                "initials": "JD", "ageYears": 34, "sex": "FEMALE", "weightKg": 62.5,
                "pregnancyPotential": true, "pregnant": false, "lactating": false, "contraceptionInUse": true,
                "allergies": "none known"
              },
              "clinical": {
                "diagnosisCode": "F43.10", "conditionDurationMonths": 48,
                "caps5TotalScore": 44, "caps5AssessedOn": "2026-11-02",
                "seriousnessStatement": "Severe PTSD with daily intrusions; unable to work for two years.",
                "cssrsRisk": "LOW", "comorbidities": [],
                "medications": [{"name": "prazosin", "medicationClass": "OTHER", "dose": "2 mg at night"}]
              },
              "priorTreatments": [
                {"name": "sertraline", "category": "SSRI", "startDate": "2024-01-10", "endDate": "2024-06-30",
                 "durationWeeks": 24, "outcome": "PARTIAL_RESPONSE"},
                {"name": "prolonged exposure", "category": "PROLONGED_EXPOSURE", "startDate": "2025-01-15",
                 "endDate": "2025-05-01", "sessions": 12, "outcome": "NO_RESPONSE"}
              ],
              "alternatives": {
                "noComparableAlternativeStatement": "Both FDA-approved medications and two trauma-focused therapies failed.",
                "canEnrollInTrial": false,
                "trialEnrollmentReason": "No MDMA trial is enrolling within 500 miles."
              },
              "treatment": {"initialDoseMg": 120, "supplementalDoseMg": 60, "dosingSessions": 3, "plannedStart": "2027-01-11"},
              "emergency": {"emergency": false},
              "attestations": {"riskBenefitDetermination": true, "supportPersonAvailable": true, "overnightStayAgreed": true}
            }""";

    static final String EMERGENCY = """
            {
              "programId": "mdma-ptsd",
              "physician": {
                "name": "Alice Anders, MD", "npi": "1234567893", "institution": "Riverside Psychiatry",
                "address": {"line1": "1 Main Street", "city": "Boston", "state": "MA", "postalCode": "02114"},
                "phone": "+1 617 555 0100", "email": "alice@clinic.example",
                "license": {"state": "MA", "number": "MD-123456"},
                "dea": {"registrationNumber": "AB1234563", "coversScheduleI": true},
                "specialty": "Psychiatry",
                "qualificationStatement": "Board-certified psychiatrist, 12 years treating PTSD, trained in MDMA-assisted therapy."
              },
              "site": {
                "name": "Riverside Psychiatry Treatment Suite",
                "address": {"line1": "1 Main Street", "city": "Boston", "state": "MA", "postalCode": "02114"},
                "irb": {"name": "Riverside IRB", "contactName": "Irene Board", "contactEmail": "irb@clinic.example"},
                "therapists": [{"name": "Theo Lead", "credentials": "PhD, licensed psychologist"},
                               {"name": "Tara Co", "credentials": "LCSW"}]
              },
              "patient": {
                "initials": "MK", "ageYears": 34, "sex": "FEMALE", "weightKg": 62.5,
                "pregnancyPotential": true, "pregnant": false, "lactating": false, "contraceptionInUse": true,
                "allergies": "none known"
              },
              "clinical": {
                "diagnosisCode": "F43.10", "conditionDurationMonths": 48,
                "caps5TotalScore": 44, "caps5AssessedOn": "2026-11-02",
                "seriousnessStatement": "Severe PTSD with daily intrusions; unable to work for two years.",
                "cssrsRisk": "LOW", "comorbidities": [],
                "medications": [{"name": "prazosin", "medicationClass": "OTHER", "dose": "2 mg at night"}]
              },
              "priorTreatments": [
                {"name": "sertraline", "category": "SSRI", "startDate": "2024-01-10", "endDate": "2024-06-30",
                 "durationWeeks": 24, "outcome": "PARTIAL_RESPONSE"},
                {"name": "prolonged exposure", "category": "PROLONGED_EXPOSURE", "startDate": "2025-01-15",
                 "endDate": "2025-05-01", "sessions": 12, "outcome": "NO_RESPONSE"}
              ],
              "alternatives": {
                "noComparableAlternativeStatement": "Both FDA-approved medications and two trauma-focused therapies failed.",
                "canEnrollInTrial": false,
                "trialEnrollmentReason": "No MDMA trial is enrolling within 500 miles."
              },
              "treatment": {"initialDoseMg": 120, "supplementalDoseMg": 60, "dosingSessions": 3, "plannedStart": "2027-01-11"},
              "emergency": {"emergency": true, "reason": "Acute deterioration with rising suicide risk; no time for a 30-day review.",
                            "fdaPhoneAuthorizationDate": "2026-11-20", "fdaIndNumber": "123456"},
              "attestations": {"riskBenefitDetermination": true, "supportPersonAvailable": true, "overnightStayAgreed": true}
            }""";

    static final String REFUSED = """
            {
              "patient": {"initials": "Jane Doe", "ageYears": 130},
              "clinical": {"diagnosisCode": "PTSD", "caps5TotalScore": 95}
            }""";

    static final String REFUSED_RESPONSE = """
            {
              "type": "urn:expanded-access:problem:validation",
              "title": "The request is not valid",
              "status": 400,
              "detail": "4 field(s) are invalid; nothing was stored",
              "instance": "/api/v1/requests",
              "errors": [
                {"field": "patient.initials", "message": "must be the patient's initials only: 2 or 3 capital letters, e.g. JD"},
                {"field": "patient.ageYears", "message": "must be between 0 and 120 years"},
                {"field": "clinical.diagnosisCode", "message": "must be an ICD-10-CM code such as F43.10"},
                {"field": "clinical.caps5TotalScore", "message": "must be a CAPS-5 total severity score between 0 and 80"}
              ]
            }""";

    static final String DRAFT = """
            {
              "programId": "mdma-ptsd",
              "patient": {"initials": "JD", "ageYears": 34},
              "clinical": {"diagnosisCode": "F43.10"},
              "emergency": {"emergency": false}
            }""";

    /** The complete request with the CAPS-5 reassessed (what an amendment sends as its content). */
    static final String AMENDED_CONTENT = """
            {
              "programId": "mdma-ptsd",
              "physician": {
                "name": "Alice Anders, MD", "npi": "1234567893", "institution": "Riverside Psychiatry",
                "address": {"line1": "1 Main Street", "city": "Boston", "state": "MA", "postalCode": "02114"},
                "phone": "+1 617 555 0100", "email": "alice@clinic.example",
                "license": {"state": "MA", "number": "MD-123456"},
                "dea": {"registrationNumber": "AB1234563", "coversScheduleI": true},
                "specialty": "Psychiatry",
                "qualificationStatement": "Board-certified psychiatrist, 12 years treating PTSD, trained in MDMA-assisted therapy."
              },
              "site": {
                "name": "Riverside Psychiatry Treatment Suite",
                "address": {"line1": "1 Main Street", "city": "Boston", "state": "MA", "postalCode": "02114"},
                "irb": {"name": "Riverside IRB", "contactName": "Irene Board", "contactEmail": "irb@clinic.example"},
                "therapists": [{"name": "Theo Lead", "credentials": "PhD, licensed psychologist"},
                               {"name": "Tara Co", "credentials": "LCSW"}]
              },
              "patient": {
                "initials": "JD", "ageYears": 34, "sex": "FEMALE", "weightKg": 62.5,
                "pregnancyPotential": true, "pregnant": false, "lactating": false, "contraceptionInUse": true,
                "allergies": "none known"
              },
              "clinical": {
                "diagnosisCode": "F43.10", "conditionDurationMonths": 48,
                "caps5TotalScore": 47, "caps5AssessedOn": "2026-11-30",
                "seriousnessStatement": "Severe PTSD with daily intrusions; unable to work for two years.",
                "cssrsRisk": "LOW", "comorbidities": [],
                "medications": [{"name": "prazosin", "medicationClass": "OTHER", "dose": "2 mg at night"}]
              },
              "priorTreatments": [
                {"name": "sertraline", "category": "SSRI", "startDate": "2024-01-10", "endDate": "2024-06-30",
                 "durationWeeks": 24, "outcome": "PARTIAL_RESPONSE"},
                {"name": "prolonged exposure", "category": "PROLONGED_EXPOSURE", "startDate": "2025-01-15",
                 "endDate": "2025-05-01", "sessions": 12, "outcome": "NO_RESPONSE"}
              ],
              "alternatives": {
                "noComparableAlternativeStatement": "Both FDA-approved medications and two trauma-focused therapies failed.",
                "canEnrollInTrial": false,
                "trialEnrollmentReason": "No MDMA trial is enrolling within 500 miles."
              },
              "treatment": {"initialDoseMg": 120, "supplementalDoseMg": 60, "dosingSessions": 3, "plannedStart": "2027-01-11"},
              "emergency": {"emergency": false},
              "attestations": {"riskBenefitDetermination": true, "supportPersonAvailable": true, "overnightStayAgreed": true}
            }""";

    /** An amendment: the full new content and why (the CAPS-5 was reassessed). */
    static final String AMENDMENT = "{\"reason\": \"Updated CAPS-5 after reassessment: clinical.caps5TotalScore is 47 (was 44), "
            + "assessed on 2026-11-30.\", \"content\": " + AMENDED_CONTENT + "}";

    /** Why the request is withdrawn. */
    static final String WITHDRAWAL = """
            {"reason": "Patient moved to another state."}""";

    /** The complete request as the service answers it: every field, null where there is no value. */
    static final String STORED_CONTENT = """
            {
              "programId": "mdma-ptsd",
              "physician": {
                "username": null, "name": "Alice Anders, MD", "npi": "1234567893",
                "institution": "Riverside Psychiatry",
                "address": {"line1": "1 Main Street", "line2": null, "city": "Boston", "state": "MA", "postalCode": "02114"},
                "phone": "+1 617 555 0100", "email": "alice@clinic.example",
                "license": {"state": "MA", "number": "MD-123456"},
                "dea": {"registrationNumber": "AB1234563", "coversScheduleI": true}, "specialty": "Psychiatry",
                "qualificationStatement": "Board-certified psychiatrist, 12 years treating PTSD, trained in MDMA-assisted therapy."
              },
              "site": {
                "name": "Riverside Psychiatry Treatment Suite",
                "address": {"line1": "1 Main Street", "line2": null, "city": "Boston", "state": "MA", "postalCode": "02114"},
                "irb": {
                  "name": "Riverside IRB", "contactName": "Irene Board", "contactEmail": "irb@clinic.example",
                  "contactPhone": null
                },
                "therapists": [
                  {"name": "Theo Lead", "credentials": "PhD, licensed psychologist"},
                  {"name": "Tara Co", "credentials": "LCSW"}
                ]
              },
              "patient": {
                "initials": "JD", "ageYears": 34, "sex": "FEMALE", "weightKg": 62.5, "pregnancyPotential": true,
                "pregnant": false, "lactating": false, "contraceptionInUse": true, "allergies": "none known",
                "race": null, "ethnicity": null
              },
              "clinical": {
                "diagnosisCode": "F43.10", "conditionDurationMonths": 48, "caps5TotalScore": 44,
                "caps5AssessedOn": "2026-11-02",
                "seriousnessStatement": "Severe PTSD with daily intrusions; unable to work for two years.",
                "cssrsRisk": "LOW", "comorbidities": [],
                "medications": [{"name": "prazosin", "medicationClass": "OTHER", "dose": "2 mg at night"}]
              },
              "priorTreatments": [
                {
                  "name": "sertraline", "category": "SSRI", "startDate": "2024-01-10", "endDate": "2024-06-30",
                  "durationWeeks": 24, "sessions": null, "outcome": "PARTIAL_RESPONSE", "note": null
                },
                {
                  "name": "prolonged exposure", "category": "PROLONGED_EXPOSURE", "startDate": "2025-01-15",
                  "endDate": "2025-05-01", "durationWeeks": null, "sessions": 12, "outcome": "NO_RESPONSE",
                  "note": null
                }
              ],
              "alternatives": {
                "noComparableAlternativeStatement": "Both FDA-approved medications and two trauma-focused therapies failed.",
                "canEnrollInTrial": false, "trialEnrollmentReason": "No MDMA trial is enrolling within 500 miles."
              },
              "treatment": {"initialDoseMg": 120, "supplementalDoseMg": 60, "dosingSessions": 3, "plannedStart": "2027-01-11"},
              "emergency": {"emergency": false, "reason": null, "fdaPhoneAuthorizationDate": null, "fdaIndNumber": null},
              "attestations": {"riskBenefitDetermination": true, "supportPersonAvailable": true, "overnightStayAgreed": true}
            }""";

    /** The amended request as the service answers it. */
    static final String STORED_AMENDED_CONTENT = """
            {
              "programId": "mdma-ptsd",
              "physician": {
                "username": null, "name": "Alice Anders, MD", "npi": "1234567893",
                "institution": "Riverside Psychiatry",
                "address": {"line1": "1 Main Street", "line2": null, "city": "Boston", "state": "MA", "postalCode": "02114"},
                "phone": "+1 617 555 0100", "email": "alice@clinic.example",
                "license": {"state": "MA", "number": "MD-123456"},
                "dea": {"registrationNumber": "AB1234563", "coversScheduleI": true}, "specialty": "Psychiatry",
                "qualificationStatement": "Board-certified psychiatrist, 12 years treating PTSD, trained in MDMA-assisted therapy."
              },
              "site": {
                "name": "Riverside Psychiatry Treatment Suite",
                "address": {"line1": "1 Main Street", "line2": null, "city": "Boston", "state": "MA", "postalCode": "02114"},
                "irb": {
                  "name": "Riverside IRB", "contactName": "Irene Board", "contactEmail": "irb@clinic.example",
                  "contactPhone": null
                },
                "therapists": [
                  {"name": "Theo Lead", "credentials": "PhD, licensed psychologist"},
                  {"name": "Tara Co", "credentials": "LCSW"}
                ]
              },
              "patient": {
                "initials": "JD", "ageYears": 34, "sex": "FEMALE", "weightKg": 62.5, "pregnancyPotential": true,
                "pregnant": false, "lactating": false, "contraceptionInUse": true, "allergies": "none known",
                "race": null, "ethnicity": null
              },
              "clinical": {
                "diagnosisCode": "F43.10", "conditionDurationMonths": 48, "caps5TotalScore": 47,
                "caps5AssessedOn": "2026-11-30",
                "seriousnessStatement": "Severe PTSD with daily intrusions; unable to work for two years.",
                "cssrsRisk": "LOW", "comorbidities": [],
                "medications": [{"name": "prazosin", "medicationClass": "OTHER", "dose": "2 mg at night"}]
              },
              "priorTreatments": [
                {
                  "name": "sertraline", "category": "SSRI", "startDate": "2024-01-10", "endDate": "2024-06-30",
                  "durationWeeks": 24, "sessions": null, "outcome": "PARTIAL_RESPONSE", "note": null
                },
                {
                  "name": "prolonged exposure", "category": "PROLONGED_EXPOSURE", "startDate": "2025-01-15",
                  "endDate": "2025-05-01", "durationWeeks": null, "sessions": 12, "outcome": "NO_RESPONSE",
                  "note": null
                }
              ],
              "alternatives": {
                "noComparableAlternativeStatement": "Both FDA-approved medications and two trauma-focused therapies failed.",
                "canEnrollInTrial": false, "trialEnrollmentReason": "No MDMA trial is enrolling within 500 miles."
              },
              "treatment": {"initialDoseMg": 120, "supplementalDoseMg": 60, "dosingSessions": 3, "plannedStart": "2027-01-11"},
              "emergency": {"emergency": false, "reason": null, "fdaPhoneAuthorizationDate": null, "fdaIndNumber": null},
              "attestations": {"riskBenefitDetermination": true, "supportPersonAvailable": true, "overnightStayAgreed": true}
            }""";

    /** A draft just created from the complete example (version 0: not submitted yet). */
    static final String DRAFT_CREATED = """
            {
              "requestId": "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f", "status": "DRAFT", "version": 0,
              "programId": "mdma-ptsd", "emergency": false, "physician": "dr.alice",
              "submittedByClient": "ea-portal", "createdAt": "2026-11-27T16:58:12.301Z",
              "updatedAt": "2026-11-27T16:58:12.301Z", "submittedAt": null, "withdrawnAt": null,
              "withdrawReason": null, "decidedAt": null,
              "content": """ + STORED_CONTENT + "}";

    /** A draft replaced by the complete content (version 0: not submitted yet). */
    static final String DRAFT_STORED = """
            {
              "requestId": "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f", "status": "DRAFT", "version": 0,
              "programId": "mdma-ptsd", "emergency": false, "physician": "dr.alice",
              "submittedByClient": "ea-portal", "createdAt": "2026-11-27T16:58:12.301Z",
              "updatedAt": "2026-11-27T17:12:40.018Z", "submittedAt": null, "withdrawnAt": null,
              "withdrawReason": null, "decidedAt": null,
              "content": """ + STORED_CONTENT + "}";

    /** Submitted: version 1 frozen. */
    static final String SUBMITTED = """
            {
              "requestId": "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f", "status": "SUBMITTED", "version": 1,
              "programId": "mdma-ptsd", "emergency": false, "physician": "dr.alice",
              "submittedByClient": "ea-portal", "createdAt": "2026-11-27T16:58:12.301Z",
              "updatedAt": "2026-11-27T17:30:00Z", "submittedAt": "2026-11-27T17:30:00Z", "withdrawnAt": null,
              "withdrawReason": null, "decidedAt": null,
              "content": """ + STORED_CONTENT + "}";

    /** One page of requests. */
    static final String SUBMITTED_LIST = """
            [
              {
                "requestId": "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f", "status": "SUBMITTED", "version": 1,
                "programId": "mdma-ptsd", "emergency": false, "physician": "dr.alice",
                "submittedByClient": "ea-portal", "createdAt": "2026-11-27T16:58:12.301Z",
                "updatedAt": "2026-11-27T17:30:00Z", "submittedAt": "2026-11-27T17:30:00Z", "withdrawnAt": null,
                "withdrawReason": null, "decidedAt": null,
                "content": """ + STORED_CONTENT + "}]";

    /** Amended: version 2 is the latest. */
    static final String AMENDED = """
            {
              "requestId": "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f", "status": "SUBMITTED", "version": 2,
              "programId": "mdma-ptsd", "emergency": false, "physician": "dr.alice",
              "submittedByClient": "ea-portal", "createdAt": "2026-11-27T16:58:12.301Z",
              "updatedAt": "2026-12-01T09:00:00Z", "submittedAt": "2026-11-27T17:30:00Z", "withdrawnAt": null,
              "withdrawReason": null, "decidedAt": null,
              "content": """ + STORED_AMENDED_CONTENT + "}";

    /** Withdrawn after the amendment; nothing is deleted. */
    static final String WITHDRAWN = """
            {
              "requestId": "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f", "status": "WITHDRAWN", "version": 2,
              "programId": "mdma-ptsd", "emergency": false, "physician": "dr.alice",
              "submittedByClient": "ea-portal", "createdAt": "2026-11-27T16:58:12.301Z",
              "updatedAt": "2026-12-02T10:00:00Z", "submittedAt": "2026-11-27T17:30:00Z",
              "withdrawnAt": "2026-12-02T10:00:00Z", "withdrawReason": "Patient moved to another state.",
              "decidedAt": null,
              "content": """ + STORED_AMENDED_CONTENT + "}";

    /** Both versions, oldest first. */
    static final String VERSIONS = "[{\"version\": 1, \"kind\": \"SUBMITTED\", \"reason\": null, \"createdAt\": \"2026-11-27T17:30:00Z\", "
            + "\"createdBy\": \"dr.alice\", \"content\": " + STORED_CONTENT + "}, "
            + "{\"version\": 2, \"kind\": \"AMENDED\", \"reason\": \"Updated CAPS-5 after reassessment: clinical.caps5TotalScore is 47 "
            + "(was 44), assessed on 2026-11-30.\", \"createdAt\": \"2026-12-01T09:00:00Z\", \"createdBy\": \"dr.alice\", "
            + "\"content\": " + STORED_AMENDED_CONTENT + "}]";

    /** Nothing blocks submission. */
    static final String COMPLETENESS_COMPLETE = """
            {"complete": true, "missing": []}""";

    /** What the incomplete draft example still lacks (the first entries). */
    static final String COMPLETENESS_DRAFT = """
            {
              "complete": false,
              "missing": [
                {"field": "physician", "message": "the physician's details are required (Form 3926 field 1)"},
                {"field": "site", "message": "the treatment site, its IRB and the therapist team are required"},
                {"field": "patient.sex", "message": "the patient's sex is required"},
                {"field": "patient.weightKg", "message": "the patient's weight in kg is required"}
              ]
            }""";
}
