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
}
