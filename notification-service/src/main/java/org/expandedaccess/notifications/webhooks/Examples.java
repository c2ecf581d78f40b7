package org.expandedaccess.notifications.webhooks;

/** Request and response examples for the OpenAPI document: a hospital information system's subscription. */
final class Examples {

    private Examples() {
    }

    static final String SUBSCRIBE = """
            {"url": "https://his.example.org/hooks/expanded-access",
             "eventTypes": ["org.expandedaccess.case.status-changed.v1", "org.expandedaccess.case.deadline-approaching.v1"],
             "description": "HIS production"}""";

    static final String CREATED = """
            {"id": "2f3e4d5c-6b7a-4899-8a7b-6c5d4e3f2a1b", "url": "https://his.example.org/hooks/expanded-access",
             "eventTypes": ["org.expandedaccess.case.status-changed.v1", "org.expandedaccess.case.deadline-approaching.v1"],
             "description": "HIS production", "status": "ENABLED", "createdAt": "2026-11-20T10:15:00.512Z",
             "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"}""";

    static final String WEBHOOK = """
            {"id": "2f3e4d5c-6b7a-4899-8a7b-6c5d4e3f2a1b", "url": "https://his.example.org/hooks/expanded-access",
             "eventTypes": ["org.expandedaccess.case.status-changed.v1", "org.expandedaccess.case.deadline-approaching.v1"],
             "description": "HIS production", "status": "ENABLED", "consecutiveFailures": 0, "disabledReason": null,
             "createdAt": "2026-11-20T10:15:00.512Z", "disabledAt": null}""";

    static final String WEBHOOKS = "[" + WEBHOOK + "]";

    static final String DELIVERY = """
            {"id": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d", "eventId": "e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9",
             "eventType": "org.expandedaccess.case.status-changed.v1", "requestId": "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f",
             "status": "DELIVERED", "attempts": 2, "replays": 0, "nextAttemptAt": null, "lastStatusCode": 204,
             "lastError": null, "createdAt": "2026-12-03T15:00:00.318Z", "deliveredAt": "2026-12-03T15:00:31.907Z",
             "attemptLog": [
               {"attemptedAt": "2026-12-03T15:00:00.402Z", "statusCode": 503, "error": null, "durationMs": 87},
               {"attemptedAt": "2026-12-03T15:00:31.820Z", "statusCode": 204, "error": null, "durationMs": 64}]}""";

    static final String DELIVERIES = "[" + DELIVERY + "]";

    static final String REPLAY_QUEUED = """
            {"id": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d", "eventId": "e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9",
             "eventType": "org.expandedaccess.case.status-changed.v1", "requestId": "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f",
             "status": "PENDING", "attempts": 0, "replays": 1, "nextAttemptAt": "2026-12-04T08:12:00.051Z", "lastStatusCode": 204,
             "lastError": null, "createdAt": "2026-12-03T15:00:00.318Z", "deliveredAt": "2026-12-03T15:00:31.907Z",
             "attemptLog": [
               {"attemptedAt": "2026-12-03T15:00:00.402Z", "statusCode": 503, "error": null, "durationMs": 87},
               {"attemptedAt": "2026-12-03T15:00:31.820Z", "statusCode": 204, "error": null, "durationMs": 64}]}""";
}
