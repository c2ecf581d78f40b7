package org.expandedaccess.cases.lifecycle;

/**
 * Request and response examples for the OpenAPI document: one case, EA-2026-00042 of request
 * 6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f (dr.alice, patient JD), from submission on 2026-11-27 through
 * approval, the gates, shipment and the first dosing session to its first adverse event. The answers are
 * what the service answered in that story (ExamplesTest sends every request example to it).
 */
public final class Examples {

    private Examples() {
    }

    public static final String ACKNOWLEDGED = """
            {"metOn": "2026-11-30", "note": "Receipt acknowledged to Dr. Anders by e-mail (ACK-EA-2026-00042)"}""";

    public static final String ASSIGN = """
            {"assignee": "tess.triage"}""";

    public static final String NOTE = """
            {
              "text": "Please add the IRB's contact phone number to the request: Form 3926 and the IRB notice need it.",
              "visibleToPhysician": true
            }""";

    public static final String APPROVE = """
            {
              "to": "APPROVED", "reason": "Screening found the request eligible; LOA EA-LOA-0042 issued.",
              "loa": {"reference": "EA-LOA-0042", "issuedOn": "2026-12-03"}
            }""";

    public static final String REQUEST_INFORMATION = """
            {
              "to": "INFO_REQUESTED",
              "reason": "Please add the date and QTc of the latest ECG; the cardiovascular exclusion cannot be judged without it."
            }""";

    public static final String SHIP = """
            {
              "to": "SHIPPED",
              "shipment": {
                "lot": "MDMA-2026-117", "quantity": 9, "trackingReference": "1Z999AA10123456784",
                "shippedOn": "2027-01-05"
              }
            }""";

    public static final String START_TREATMENT = """
            {"to": "IN_TREATMENT", "treatmentStartedOn": "2027-01-11"}""";

    public static final String END_EARLY = """
            {
              "to": "TREATMENT_COMPLETED",
              "earlyEndReason": "The patient chose to stop after the first dosing session (see the adverse event of 2027-02-02)."
            }""";

    public static final String CLOSE = """
            {"to": "CLOSED", "summary": {"submittedOn": "2027-02-24", "reference": "IND 123456 SN 0006"}}""";

    public static final String LOA = """
            {"reference": "EA-LOA-0042", "issuedOn": "2026-12-03"}""";

    public static final String FDA = """
            {"route": "SUBMITTED", "receivedByFdaOn": "2026-12-04", "indNumber": "123456"}""";

    public static final String IRB = """
            {"route": "CHAIR_CONCURRENCE", "approvedOn": "2026-12-08", "reference": "IRB-2026-117"}""";

    public static final String CONSENT = """
            {"signedOn": "2026-12-10"}""";

    public static final String DEA = """
            {
              "registrationNumber": "AB1234563", "scheduleI": true,
              "storageSite": "Locked safe, room 4B, Riverside Psychiatry", "verifiedOn": "2026-12-09"
            }""";

    public static final String DOSING_SESSION = """
            {
              "type": "DOSING", "number": 1, "date": "2027-02-01",
              "dose": {"initialMg": 120, "initialAt": "08:00", "supplementalMg": 60, "supplementalAt": "09:30"},
              "therapists": ["Theo Lead", "Tara Co"],
              "vitalSigns": [{"takenAt": "09:00", "systolic": 128, "diastolic": 82, "pulse": 88, "temperatureC": 37.1}],
              "cssrs": "NONE", "notes": "Uneventful; overnight stay with the support person."
            }""";

    public static final String ADVERSE_EVENT = """
            {
              "description": "Severe headache and vomiting the day after the first dosing session",
              "onsetDate": "2027-02-02", "awareDate": "2027-02-03", "serious": true, "unexpected": true,
              "fatalOrLifeThreatening": false, "relation": "POSSIBLE", "outcome": "RECOVERING"
            }""";

    public static final String SAFETY_REPORT = """
            {"submittedOn": "2027-02-10", "reference": "IND 123456 SN 0005"}""";

    public static final String CASES = """
            [
              {
                "id": "0b0e2f5a-3c1d-4e6f-9a8b-7c6d5e4f3a2b", "reference": "EA-2026-00042",
                "requestId": "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f", "programId": "mdma-ptsd",
                "status": "UNDER_REVIEW", "emergency": false, "patientInitials": "JD", "diagnosisCode": "F43.10",
                "physician": "dr.alice", "eligibilityOutcome": "ELIGIBLE", "assignee": null,
                "nextDueDate": "2026-12-01", "overdue": false, "submittedAt": "2026-11-27T17:30:00Z",
                "openedAt": "2026-11-27T17:30:01Z", "statusChangedAt": "2026-11-27T17:30:03Z"
              }
            ]""";

    public static final String QUEUE_SUMMARY = """
            {
              "byStatus": {
                "SUBMITTED": 0, "SCREENING": 1, "UNDER_REVIEW": 3, "INFO_REQUESTED": 1, "APPROVED": 0, "DECLINED": 2,
                "AUTHORIZING": 2, "READY_TO_SHIP": 0, "SHIPPED": 1, "IN_TREATMENT": 4, "TREATMENT_COMPLETED": 1,
                "CLOSED": 6, "WITHDRAWN": 1
              },
              "openEmergencies": 1, "openOverdue": 0
            }""";

    public static final String ASSIGNED = """
            {
              "id": "0b0e2f5a-3c1d-4e6f-9a8b-7c6d5e4f3a2b", "reference": "EA-2026-00042",
              "requestId": "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f", "programId": "mdma-ptsd",
              "status": "UNDER_REVIEW", "emergency": false, "patientInitials": "JD", "diagnosisCode": "F43.10",
              "physician": "dr.alice", "eligibilityOutcome": "ELIGIBLE", "assignee": "tess.triage",
              "nextDueDate": null, "overdue": false, "submittedAt": "2026-11-27T17:30:00Z",
              "openedAt": "2026-11-27T17:30:01Z", "statusChangedAt": "2026-11-27T17:30:03Z"
            }""";

    public static final String CASE = """
            {
              "summary": {
                "id": "0b0e2f5a-3c1d-4e6f-9a8b-7c6d5e4f3a2b", "reference": "EA-2026-00042",
                "requestId": "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f", "programId": "mdma-ptsd",
                "status": "AUTHORIZING", "emergency": false, "patientInitials": "JD", "diagnosisCode": "F43.10",
                "physician": "dr.alice", "eligibilityOutcome": "ELIGIBLE", "assignee": "tess.triage",
                "nextDueDate": "2028-03-03", "overdue": false, "submittedAt": "2026-11-27T17:30:00Z",
                "openedAt": "2026-11-27T17:30:01Z", "statusChangedAt": "2026-12-03T15:00:00Z"
              },
              "requestVersion": 1, "eligibilityRequestVersion": 1, "eligibilityDecidedBy": "screening",
              "nextAction": {
                "action": "Wait until 2027-01-03 for the IND to take effect (30 days after FDA receipt), unless FDA says so earlier",
                "owner": "FDA"
              },
              "allowedTransitions": [],
              "gates": [
                {
                  "gate": "LOA", "title": "Sponsor approval and letter of authorization", "recorded": true,
                  "satisfied": true, "explanation": "LOA EA-LOA-0042 issued 2026-12-03", "satisfiedFrom": null,
                  "details": {"reference": "EA-LOA-0042", "issuedOn": "2026-12-03"}, "recordedBy": "tess.triage",
                  "recordedAt": "2026-12-03T15:00:00Z", "recordedByRoles": ["triager", "medical-reviewer"],
                  "source": "docs/regulatory/gates.md (1); 21 CFR 312.310(b)"
                },
                {
                  "gate": "FDA", "title": "FDA: may proceed, or emergency authorisation", "recorded": true,
                  "satisfied": false,
                  "explanation": "IND 123456 received by FDA on 2026-12-04; treatment may begin on 2027-01-03 unless FDA says so earlier",
                  "satisfiedFrom": "2027-01-03",
                  "details": {
                    "route": "SUBMITTED", "receivedByFdaOn": "2026-12-04", "noticeOn": null, "authorizedOn": null,
                    "indNumber": "123456"
                  },
                  "recordedBy": "dr.alice", "recordedAt": "2026-12-10T15:00:00Z", "recordedByRoles": ["physician"],
                  "source": "21 CFR 312.40(b); 21 CFR 312.310(d)"
                },
                {
                  "gate": "IRB", "title": "IRB approval or chair concurrence, or emergency notice", "recorded": true,
                  "satisfied": true, "explanation": "IRB chair concurrence on 2026-12-08 (IRB-2026-117)",
                  "satisfiedFrom": null,
                  "details": {"route": "CHAIR_CONCURRENCE", "approvedOn": "2026-12-08", "reference": "IRB-2026-117"},
                  "recordedBy": "dr.alice", "recordedAt": "2026-12-10T15:00:00Z", "recordedByRoles": ["physician"],
                  "source": "21 CFR 56.104(c), 56.105; 21 CFR 312.310(c)"
                },
                {
                  "gate": "CONSENT", "title": "Informed consent signed", "recorded": true, "satisfied": true,
                  "explanation": "consent signed on 2026-12-10", "satisfiedFrom": null,
                  "details": {"signedOn": "2026-12-10"}, "recordedBy": "dr.alice",
                  "recordedAt": "2026-12-10T15:00:00Z", "recordedByRoles": ["physician"], "source": "21 CFR 50"
                },
                {
                  "gate": "DEA", "title": "DEA Schedule I registration and storage site verified", "recorded": true,
                  "satisfied": true,
                  "explanation": "Schedule I registration AB1234563 verified on 2026-12-09; storage: Locked safe, room 4B, Riverside Psychiatry",
                  "satisfiedFrom": null,
                  "details": {
                    "registrationNumber": "AB1234563", "scheduleI": true,
                    "storageSite": "Locked safe, room 4B, Riverside Psychiatry", "verifiedOn": "2026-12-09"
                  },
                  "recordedBy": "tess.triage", "recordedAt": "2026-12-10T15:00:00Z",
                  "recordedByRoles": ["triager", "medical-reviewer"],
                  "source": "21 CFR 1301.18, 1301.75; program default: no shipment before this"
                }
              ],
              "shipment": null,
              "treatment": {
                "startedOn": null, "completedOn": null, "earlyEndReason": null, "summarySubmittedOn": null,
                "summaryReference": null
              },
              "notes": [
                {
                  "id": "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9", "author": "tess.triage", "authorRole": "triager",
                  "text": "Please add the IRB's contact phone number to the request: Form 3926 and the IRB notice need it.",
                  "visibleToPhysician": true, "createdAt": "2026-11-30T15:00:00Z"
                }
              ],
              "deadlines": [
                {
                  "id": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "kind": "SPONSOR_ACKNOWLEDGEMENT",
                  "dueDate": "2026-12-01", "responsible": "SPONSOR",
                  "rule": "2 working days after submission (2026-11-27)",
                  "source": "FD&C Act 561A (sponsor's published policy; program default 2 business days)",
                  "status": "MET", "metOn": "2026-11-30",
                  "metNote": "Receipt acknowledged to Dr. Anders by e-mail (ACK-EA-2026-00042)",
                  "cancelledReason": null, "adverseEventId": null, "openedAt": "2026-11-27T17:30:01Z"
                },
                {
                  "id": "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e", "kind": "FDA_EARLIEST_TREATMENT",
                  "dueDate": "2027-01-03", "responsible": "PHYSICIAN",
                  "rule": "30 calendar days after FDA received the IND (2026-12-04), unless FDA says earlier",
                  "source": "21 CFR 312.40(b)", "status": "OPEN", "metOn": null, "metNote": null,
                  "cancelledReason": null, "adverseEventId": null, "openedAt": "2026-12-10T15:00:00Z"
                },
                {
                  "id": "4d5e6f7a-8b9c-4d0e-9f1a-3b4c5d6e7f8a", "kind": "ANNUAL_REPORT", "dueDate": "2028-03-03",
                  "responsible": "PHYSICIAN", "rule": "60 days after the IND anniversary (2028-01-03)",
                  "source": "21 CFR 312.33", "status": "OPEN", "metOn": null, "metNote": null,
                  "cancelledReason": null, "adverseEventId": null, "openedAt": "2026-12-10T15:00:00Z"
                }
              ],
              "deviations": []
            }""";

    public static final String APPROVED = """
            {
              "summary": {
                "id": "0b0e2f5a-3c1d-4e6f-9a8b-7c6d5e4f3a2b", "reference": "EA-2026-00042",
                "requestId": "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f", "programId": "mdma-ptsd",
                "status": "AUTHORIZING", "emergency": false, "patientInitials": "JD", "diagnosisCode": "F43.10",
                "physician": "dr.alice", "eligibilityOutcome": "ELIGIBLE", "assignee": "tess.triage",
                "nextDueDate": null, "overdue": false, "submittedAt": "2026-11-27T17:30:00Z",
                "openedAt": "2026-11-27T17:30:01Z", "statusChangedAt": "2026-12-03T15:00:00Z"
              },
              "requestVersion": 1, "eligibilityRequestVersion": 1, "eligibilityDecidedBy": "screening",
              "nextAction": {
                "action": "Record FDA (FDA: may proceed, or emergency authorisation), IRB (IRB approval or chair concurrence, or emergency notice), CONSENT (Informed consent signed)",
                "owner": "PHYSICIAN"
              },
              "allowedTransitions": [],
              "gates": [
                {
                  "gate": "LOA", "title": "Sponsor approval and letter of authorization", "recorded": true,
                  "satisfied": true, "explanation": "LOA EA-LOA-0042 issued 2026-12-03", "satisfiedFrom": null,
                  "details": {"reference": "EA-LOA-0042", "issuedOn": "2026-12-03"}, "recordedBy": "tess.triage",
                  "recordedAt": "2026-12-03T15:00:00Z", "recordedByRoles": ["triager", "medical-reviewer"],
                  "source": "docs/regulatory/gates.md (1); 21 CFR 312.310(b)"
                },
                {
                  "gate": "FDA", "title": "FDA: may proceed, or emergency authorisation", "recorded": false,
                  "satisfied": false, "explanation": "not recorded yet", "satisfiedFrom": null, "details": null,
                  "recordedBy": null, "recordedAt": null, "recordedByRoles": ["physician"],
                  "source": "21 CFR 312.40(b); 21 CFR 312.310(d)"
                },
                {
                  "gate": "IRB", "title": "IRB approval or chair concurrence, or emergency notice",
                  "recorded": false, "satisfied": false, "explanation": "not recorded yet", "satisfiedFrom": null,
                  "details": null, "recordedBy": null, "recordedAt": null, "recordedByRoles": ["physician"],
                  "source": "21 CFR 56.104(c), 56.105; 21 CFR 312.310(c)"
                },
                {
                  "gate": "CONSENT", "title": "Informed consent signed", "recorded": false, "satisfied": false,
                  "explanation": "not recorded yet", "satisfiedFrom": null, "details": null, "recordedBy": null,
                  "recordedAt": null, "recordedByRoles": ["physician"], "source": "21 CFR 50"
                },
                {
                  "gate": "DEA", "title": "DEA Schedule I registration and storage site verified", "recorded": false,
                  "satisfied": false, "explanation": "not recorded yet", "satisfiedFrom": null, "details": null,
                  "recordedBy": null, "recordedAt": null, "recordedByRoles": ["triager", "medical-reviewer"],
                  "source": "21 CFR 1301.18, 1301.75; program default: no shipment before this"
                }
              ],
              "shipment": null,
              "treatment": {
                "startedOn": null, "completedOn": null, "earlyEndReason": null, "summarySubmittedOn": null,
                "summaryReference": null
              },
              "notes": [
                {
                  "id": "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9", "author": "tess.triage", "authorRole": "triager",
                  "text": "Please add the IRB's contact phone number to the request: Form 3926 and the IRB notice need it.",
                  "visibleToPhysician": true, "createdAt": "2026-11-30T15:00:00Z"
                }
              ],
              "deadlines": [
                {
                  "id": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "kind": "SPONSOR_ACKNOWLEDGEMENT",
                  "dueDate": "2026-12-01", "responsible": "SPONSOR",
                  "rule": "2 working days after submission (2026-11-27)",
                  "source": "FD&C Act 561A (sponsor's published policy; program default 2 business days)",
                  "status": "MET", "metOn": "2026-11-30",
                  "metNote": "Receipt acknowledged to Dr. Anders by e-mail (ACK-EA-2026-00042)",
                  "cancelledReason": null, "adverseEventId": null, "openedAt": "2026-11-27T17:30:01Z"
                }
              ],
              "deviations": []
            }""";

    public static final String GATES = """
            [
              {
                "gate": "LOA", "title": "Sponsor approval and letter of authorization", "recorded": true,
                "satisfied": true, "explanation": "LOA EA-LOA-0042 issued 2026-12-03", "satisfiedFrom": null,
                "details": {"reference": "EA-LOA-0042", "issuedOn": "2026-12-03"}, "recordedBy": "tess.triage",
                "recordedAt": "2026-12-03T15:00:00Z", "recordedByRoles": ["triager", "medical-reviewer"],
                "source": "docs/regulatory/gates.md (1); 21 CFR 312.310(b)"
              },
              {
                "gate": "FDA", "title": "FDA: may proceed, or emergency authorisation", "recorded": true,
                "satisfied": false,
                "explanation": "IND 123456 received by FDA on 2026-12-04; treatment may begin on 2027-01-03 unless FDA says so earlier",
                "satisfiedFrom": "2027-01-03",
                "details": {
                  "route": "SUBMITTED", "receivedByFdaOn": "2026-12-04", "noticeOn": null, "authorizedOn": null,
                  "indNumber": "123456"
                },
                "recordedBy": "dr.alice", "recordedAt": "2026-12-10T15:00:00Z", "recordedByRoles": ["physician"],
                "source": "21 CFR 312.40(b); 21 CFR 312.310(d)"
              },
              {
                "gate": "IRB", "title": "IRB approval or chair concurrence, or emergency notice", "recorded": true,
                "satisfied": true, "explanation": "IRB chair concurrence on 2026-12-08 (IRB-2026-117)",
                "satisfiedFrom": null,
                "details": {"route": "CHAIR_CONCURRENCE", "approvedOn": "2026-12-08", "reference": "IRB-2026-117"},
                "recordedBy": "dr.alice", "recordedAt": "2026-12-10T15:00:00Z", "recordedByRoles": ["physician"],
                "source": "21 CFR 56.104(c), 56.105; 21 CFR 312.310(c)"
              },
              {
                "gate": "CONSENT", "title": "Informed consent signed", "recorded": true, "satisfied": true,
                "explanation": "consent signed on 2026-12-10", "satisfiedFrom": null,
                "details": {"signedOn": "2026-12-10"}, "recordedBy": "dr.alice",
                "recordedAt": "2026-12-10T15:00:00Z", "recordedByRoles": ["physician"], "source": "21 CFR 50"
              },
              {
                "gate": "DEA", "title": "DEA Schedule I registration and storage site verified", "recorded": true,
                "satisfied": true,
                "explanation": "Schedule I registration AB1234563 verified on 2026-12-09; storage: Locked safe, room 4B, Riverside Psychiatry",
                "satisfiedFrom": null,
                "details": {
                  "registrationNumber": "AB1234563", "scheduleI": true,
                  "storageSite": "Locked safe, room 4B, Riverside Psychiatry", "verifiedOn": "2026-12-09"
                },
                "recordedBy": "tess.triage", "recordedAt": "2026-12-10T15:00:00Z",
                "recordedByRoles": ["triager", "medical-reviewer"],
                "source": "21 CFR 1301.18, 1301.75; program default: no shipment before this"
              }
            ]""";

    public static final String DEADLINES_ACKNOWLEDGED = """
            [
              {
                "id": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "kind": "SPONSOR_ACKNOWLEDGEMENT",
                "dueDate": "2026-12-01", "responsible": "SPONSOR",
                "rule": "2 working days after submission (2026-11-27)",
                "source": "FD&C Act 561A (sponsor's published policy; program default 2 business days)",
                "status": "MET", "metOn": "2026-11-30",
                "metNote": "Receipt acknowledged to Dr. Anders by e-mail (ACK-EA-2026-00042)",
                "cancelledReason": null, "adverseEventId": null, "openedAt": "2026-11-27T17:30:01Z"
              }
            ]""";

    public static final String DEADLINES = """
            [
              {
                "id": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "kind": "SPONSOR_ACKNOWLEDGEMENT",
                "dueDate": "2026-12-01", "responsible": "SPONSOR",
                "rule": "2 working days after submission (2026-11-27)",
                "source": "FD&C Act 561A (sponsor's published policy; program default 2 business days)",
                "status": "MET", "metOn": "2026-11-30",
                "metNote": "Receipt acknowledged to Dr. Anders by e-mail (ACK-EA-2026-00042)",
                "cancelledReason": null, "adverseEventId": null, "openedAt": "2026-11-27T17:30:01Z"
              },
              {
                "id": "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e", "kind": "FDA_EARLIEST_TREATMENT",
                "dueDate": "2027-01-03", "responsible": "PHYSICIAN",
                "rule": "30 calendar days after FDA received the IND (2026-12-04), unless FDA says earlier",
                "source": "21 CFR 312.40(b)", "status": "OPEN", "metOn": null, "metNote": null,
                "cancelledReason": null, "adverseEventId": null, "openedAt": "2026-12-10T15:00:00Z"
              },
              {
                "id": "3c4d5e6f-7a8b-4c9d-8e0f-2a3b4c5d6e7f", "kind": "SAFETY_REPORT", "dueDate": "2027-02-18",
                "responsible": "PHYSICIAN",
                "rule": "15 calendar days after awareness (2027-02-03) of a serious and unexpected suspected adverse reaction",
                "source": "21 CFR 312.32(c)", "status": "MET", "metOn": "2027-02-10",
                "metNote": "IND safety report IND 123456 SN 0005", "cancelledReason": null,
                "adverseEventId": "9a8b7c6d-5e4f-4a3b-8c1d-0e9f8a7b6c5d", "openedAt": "2027-02-03T17:00:00Z"
              },
              {
                "id": "4d5e6f7a-8b9c-4d0e-9f1a-3b4c5d6e7f8a", "kind": "ANNUAL_REPORT", "dueDate": "2028-03-03",
                "responsible": "PHYSICIAN", "rule": "60 days after the IND anniversary (2028-01-03)",
                "source": "21 CFR 312.33", "status": "OPEN", "metOn": null, "metNote": null, "cancelledReason": null,
                "adverseEventId": null, "openedAt": "2026-12-10T15:00:00Z"
              }
            ]""";

    public static final String NOTES = """
            [
              {
                "id": "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9", "author": "tess.triage", "authorRole": "triager",
                "text": "Please add the IRB's contact phone number to the request: Form 3926 and the IRB notice need it.",
                "visibleToPhysician": true, "createdAt": "2026-11-30T15:00:00Z"
              }
            ]""";

    public static final String NOTE_ADDED = """
            {
              "id": "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9", "author": "tess.triage", "authorRole": "triager",
              "text": "Please add the IRB's contact phone number to the request: Form 3926 and the IRB notice need it.",
              "visibleToPhysician": true, "createdAt": "2026-11-30T15:00:00Z"
            }""";

    public static final String AUDIT_TRAIL = """
            [
              {
                "caseId": "0b0e2f5a-3c1d-4e6f-9a8b-7c6d5e4f3a2b", "seq": 1, "at": "2026-11-27T17:30:01Z",
                "actor": "intake-service", "role": "system", "action": "CASE_OPENED", "oldValue": null,
                "newValue": "SUBMITTED", "reason": "request 6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f v1 submitted",
                "prevHash": "0000000000000000000000000000000000000000000000000000000000000000",
                "hash": "98fa9d9530fdd7b4c6479ce9b7a87ff88b55c44bec4af13bd0df1553686d5dae",
                "statementSha256": null, "statement": null
              },
              {
                "caseId": "0b0e2f5a-3c1d-4e6f-9a8b-7c6d5e4f3a2b", "seq": 2, "at": "2026-11-27T17:30:01Z",
                "actor": "case-service", "role": "system", "action": "DEADLINE_OPENED", "oldValue": null,
                "newValue": "SPONSOR_ACKNOWLEDGEMENT due 2026-12-01",
                "reason": "2 working days after submission (2026-11-27); FD&C Act 561A (sponsor's published policy; program default 2 business days)",
                "prevHash": "98fa9d9530fdd7b4c6479ce9b7a87ff88b55c44bec4af13bd0df1553686d5dae",
                "hash": "e2951fb2ff59a870a74ac1b00877b743fe73e62b895ce3b94dd015a3f46488d0",
                "statementSha256": null, "statement": null
              },
              {
                "caseId": "0b0e2f5a-3c1d-4e6f-9a8b-7c6d5e4f3a2b", "seq": 3, "at": "2026-11-27T17:30:01Z",
                "actor": "case-service", "role": "system", "action": "STATUS_CHANGED", "oldValue": "SUBMITTED",
                "newValue": "SCREENING", "reason": null,
                "prevHash": "e2951fb2ff59a870a74ac1b00877b743fe73e62b895ce3b94dd015a3f46488d0",
                "hash": "1627f8929598658a458b956688298d2bb49c6503db93bce729b3d34957bcc5bc",
                "statementSha256": null, "statement": null
              },
              {
                "caseId": "0b0e2f5a-3c1d-4e6f-9a8b-7c6d5e4f3a2b", "seq": 7, "at": "2026-11-30T14:02:00Z",
                "actor": "tess.triage", "role": "triager", "action": "STATUS_CHANGED", "oldValue": "UNDER_REVIEW",
                "newValue": "INFO_REQUESTED", "reason": null,
                "prevHash": "5b2f0c9d7e1a4b3c8d6e9f0a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4",
                "hash": "c7d1e2f3a4b5c6d7e8f90a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8091a2b3",
                "statementSha256": "a8a533d7ab83fc62d629e327e61ceef5242637cb3efe9875a979ff3d38aa5ee9",
                "statement": "Please add the date and QTc of the latest ECG; the cardiovascular exclusion cannot be judged without it."
              }
            ]""";

    public static final String AUDIT_VERIFIED = """
            {
              "caseId": "0b0e2f5a-3c1d-4e6f-9a8b-7c6d5e4f3a2b", "intact": true, "entries": 27, "brokenAtSeq": null,
              "problem": null
            }""";

    public static final String TREATMENT = """
            {
              "startedOn": "2027-01-11",
              "plan": [
                {"sequence": 1, "type": "PREPARATORY", "number": 1, "afterDosing": null, "targetDate": "2027-01-11"},
                {"sequence": 2, "type": "PREPARATORY", "number": 2, "afterDosing": null, "targetDate": "2027-01-18"},
                {"sequence": 3, "type": "PREPARATORY", "number": 3, "afterDosing": null, "targetDate": "2027-01-25"},
                {"sequence": 4, "type": "DOSING", "number": 1, "afterDosing": null, "targetDate": "2027-02-01"},
                {"sequence": 5, "type": "INTEGRATION", "number": 1, "afterDosing": 1, "targetDate": "2027-02-02"},
                {"sequence": 6, "type": "INTEGRATION", "number": 2, "afterDosing": 1, "targetDate": "2027-02-09"},
                {"sequence": 7, "type": "INTEGRATION", "number": 3, "afterDosing": 1, "targetDate": "2027-02-16"},
                {"sequence": 8, "type": "DOSING", "number": 2, "afterDosing": null, "targetDate": "2027-03-01"},
                {"sequence": 9, "type": "INTEGRATION", "number": 4, "afterDosing": 2, "targetDate": "2027-03-02"},
                {"sequence": 10, "type": "INTEGRATION", "number": 5, "afterDosing": 2, "targetDate": "2027-03-09"},
                {"sequence": 11, "type": "INTEGRATION", "number": 6, "afterDosing": 2, "targetDate": "2027-03-16"},
                {"sequence": 12, "type": "DOSING", "number": 3, "afterDosing": null, "targetDate": "2027-03-29"},
                {"sequence": 13, "type": "INTEGRATION", "number": 7, "afterDosing": 3, "targetDate": "2027-03-30"},
                {"sequence": 14, "type": "INTEGRATION", "number": 8, "afterDosing": 3, "targetDate": "2027-04-06"},
                {"sequence": 15, "type": "INTEGRATION", "number": 9, "afterDosing": 3, "targetDate": "2027-04-13"}
              ],
              "sessions": [
                {
                  "id": "7c8d9e0f-1a2b-4c3d-9e4f-5a6b7c8d9e0f",
                  "session": {
                    "type": "DOSING", "number": 1, "date": "2027-02-01",
                    "dose": {"initialMg": 120, "initialAt": "08:00:00", "supplementalMg": 60, "supplementalAt": "09:30:00"},
                    "therapists": ["Theo Lead", "Tara Co"],
                    "vitalSigns": [{"takenAt": "09:00:00", "systolic": 128, "diastolic": 82, "pulse": 88, "temperatureC": 37.1}],
                    "cssrs": "NONE", "notes": "Uneventful; overnight stay with the support person."
                  },
                  "recordedBy": "dr.alice", "recordedAt": "2027-02-01T23:00:00Z"
                }
              ],
              "deviations": [], "dosing": {"planned": 3, "recorded": 1, "outstanding": [2, 3]},
              "completionAllowed": false,
              "completionProblem": "1 of 3 planned dosing sessions are recorded (outstanding: dosing session 2, dosing session 3). Record them, or end treatment early with a reason."
            }""";

    public static final String ADVERSE_EVENT_RECORDED = """
            {
              "id": "9a8b7c6d-5e4f-4a3b-8c1d-0e9f8a7b6c5d",
              "description": "Severe headache and vomiting the day after the first dosing session",
              "onsetDate": "2027-02-02", "awareDate": "2027-02-03", "serious": true, "unexpected": true,
              "fatalOrLifeThreatening": false, "relation": "POSSIBLE", "outcome": "RECOVERING",
              "safetyReportRequired": true, "safetyReportDueDate": "2027-02-18", "reportSubmittedOn": null,
              "reportReference": null, "recordedBy": "dr.alice", "recordedAt": "2027-02-03T17:00:00Z"
            }""";

    public static final String SAFETY_REPORT_SUBMITTED = """
            {
              "id": "9a8b7c6d-5e4f-4a3b-8c1d-0e9f8a7b6c5d",
              "description": "Severe headache and vomiting the day after the first dosing session",
              "onsetDate": "2027-02-02", "awareDate": "2027-02-03", "serious": true, "unexpected": true,
              "fatalOrLifeThreatening": false, "relation": "POSSIBLE", "outcome": "RECOVERING",
              "safetyReportRequired": true, "safetyReportDueDate": "2027-02-18", "reportSubmittedOn": "2027-02-10",
              "reportReference": "IND 123456 SN 0005", "recordedBy": "dr.alice",
              "recordedAt": "2027-02-03T17:00:00Z"
            }""";

    public static final String ADVERSE_EVENTS = """
            [
              {
                "id": "9a8b7c6d-5e4f-4a3b-8c1d-0e9f8a7b6c5d",
                "description": "Severe headache and vomiting the day after the first dosing session",
                "onsetDate": "2027-02-02", "awareDate": "2027-02-03", "serious": true, "unexpected": true,
                "fatalOrLifeThreatening": false, "relation": "POSSIBLE", "outcome": "RECOVERING",
                "safetyReportRequired": true, "safetyReportDueDate": "2027-02-18", "reportSubmittedOn": "2027-02-10",
                "reportReference": "IND 123456 SN 0005", "recordedBy": "dr.alice",
                "recordedAt": "2027-02-03T17:00:00Z"
              }
            ]""";

    public static final String FORM_3926 = """
            {
              "edition": "FDA Form 3926 (08/22)", "type": "INITIAL", "caseReference": "EA-2026-00042",
              "fields": [
                {
                  "number": "1.a", "label": "Physician name (sponsor)", "value": "Alice Anders, MD", "filled": true,
                  "note": "Request: physician.name."
                },
                {
                  "number": "2", "label": "Patient's initials", "value": "JD", "filled": true,
                  "note": "Request: patient.initials."
                },
                {
                  "number": "3", "label": "Date of submission (mm/dd/yyyy)", "value": "12/03/2026", "filled": true,
                  "note": "Date of this draft; change it if the form is sent on another day."
                },
                {
                  "number": "4.a", "label": "Initial submission",
                  "value": "Checked: initial submission for an individual patient expanded access IND.",
                  "filled": true,
                  "note": "Chosen from the case: no physician IND number is known yet, or the initial submission is not made."
                },
                {
                  "number": "5.a", "label": "Indication",
                  "value": "Post-traumatic stress disorder (PTSD), unspecified (ICD-10-CM F43.10)", "filled": true,
                  "note": "Request: clinical.diagnosisCode (ICD-10-CM)."
                },
                {
                  "number": "6.a", "label": "Investigational drug name", "value": "MDMA (midomafetamine) capsules",
                  "filled": true, "note": "Case: drug of the program."
                },
                {
                  "number": "6.c", "label": "Dose",
                  "value": "Initial dose 120 mg MDMA at each dosing session, with an optional supplemental dose of 60 mg 1.5-2 hours (90-120 minutes) after the initial dose. At most 180 mg per dosing session.",
                  "filled": true,
                  "note": "Request: treatment.initialDoseMg, treatment.supplementalDoseMg; window and maximum from the program (docs/regulatory/mdma-ptsd-program.md; Phase 3 trials MAPP1 (NCT03537014) and MAPP2 (NCT04077437))."
                },
                {
                  "number": "7", "label": "Letter of Authorization (LOA) attached",
                  "value": "Checked: LOA attached (reference EA-LOA-0042, dated 12/03/2026, from the program sponsor (see LOA)).",
                  "filled": true, "note": "Case: LOA recorded on the case; attach the letter itself."
                },
                {
                  "number": "11", "label": "Certification and signature of the physician", "value": null,
                  "filled": false,
                  "note": "To be signed and dated by the physician; the system never signs or certifies."
                }
              ],
              "unfilled": ["1.e", "5.j", "5.k", "6.h", "10.b", "11"]
            }""";
}
