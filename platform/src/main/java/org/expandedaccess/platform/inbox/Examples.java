package org.expandedaccess.platform.inbox;

/**
 * Examples for the operator endpoints every service serves. They show case-service's consumer of ea.requests;
 * another service names its own consumers ({@code <service>.<channel>}) and topics.
 */
final class Examples {

    private Examples() {
    }

    static final String PARKED = """
            [
              {
                "topic": "ea.requests.dlq", "partition": 3, "offset": 17, "consumer": "case-service.requests",
                "eventId": "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f", "eventType": "org.expandedaccess.request.submitted.v1",
                "subject": "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f", "originalTopic": "ea.requests", "originalPartition": 3,
                "originalOffset": 1042, "parkedAt": "2026-11-27T17:30:04Z",
                "reason": "org.expandedaccess.platform.inbox.PoisonMessageException: event c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f of type org.expandedaccess.request.submitted.v1 does not match RequestSubmitted at patient.ageYears",
                "status": "PARKED", "appliedAt": null
              }
            ]""";

    static final String REPLAYED = """
            {
              "topic": "ea.requests.dlq", "partition": 3, "offset": 17, "consumer": "case-service.requests",
              "eventId": "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f", "outcome": "APPLIED", "reason": null
            }""";

    static final String REPLAYED_ALL = """
            [
              {
                "topic": "ea.requests.dlq", "partition": 3, "offset": 17, "consumer": "case-service.requests",
                "eventId": "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f", "outcome": "APPLIED", "reason": null
              },
              {
                "topic": "ea.eligibility.dlq", "partition": 0, "offset": 4, "consumer": "case-service.eligibility",
                "eventId": "d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f7a", "outcome": "STILL_FAILING",
                "reason": "org.expandedaccess.platform.inbox.PoisonMessageException: event d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f7a has no valid JSON data"
              }
            ]""";
}
