package org.expandedaccess.notifications.inbox;

/** Response examples for the OpenAPI document: dr.alice's inbox item for request 6f1c2d3e-... (case EA-2026-00042). */
final class Examples {

    private Examples() {
    }

    static final String NOTIFICATION = """
            {
              "id": "8e7d6c5b-4a39-4f28-9e17-d6c5b4a39281", "kind": "REQUEST_RECEIVED",
              "eventType": "org.expandedaccess.request.submitted.v1", "requestId": "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f",
              "caseReference": null, "title": "Request received for patient JD",
              "body": "Your expanded access request for patient JD was received and is being screened.\\n\\nWhat to do next: Nothing is needed from you now. You will be told the screening outcome and every step after it.",
              "link": "http://localhost:8083/api/v1/cases?requestId=6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f",
              "recipient": "dr.alice", "createdAt": "2026-11-27T17:30:00.412Z", "read": false
            }""";

    static final String NOTIFICATION_READ = """
            {
              "id": "8e7d6c5b-4a39-4f28-9e17-d6c5b4a39281", "kind": "REQUEST_RECEIVED",
              "eventType": "org.expandedaccess.request.submitted.v1", "requestId": "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f",
              "caseReference": null, "title": "Request received for patient JD",
              "body": "Your expanded access request for patient JD was received and is being screened.\\n\\nWhat to do next: Nothing is needed from you now. You will be told the screening outcome and every step after it.",
              "link": "http://localhost:8083/api/v1/cases?requestId=6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f",
              "recipient": "dr.alice", "createdAt": "2026-11-27T17:30:00.412Z", "read": true
            }""";

    static final String INBOX = "[" + NOTIFICATION + "]";

    static final String UNREAD = """
            {"unread": 3}""";

    /** One event of the stream as it goes over the wire (the stream is text, not JSON: this is not schema-checked). */
    static final String STREAM_EVENT = """
            event: notification
            id: 8e7d6c5b-4a39-4f28-9e17-d6c5b4a39281
            data: {"id":"8e7d6c5b-4a39-4f28-9e17-d6c5b4a39281","kind":"REQUEST_RECEIVED","eventType":"org.expandedaccess.request.submitted.v1","requestId":"6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f","caseReference":null,"title":"Request received for patient JD","body":"Your expanded access request for patient JD was received and is being screened.\\n\\nWhat to do next: Nothing is needed from you now. You will be told the screening outcome and every step after it.","link":"http://localhost:8083/api/v1/cases?requestId=6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f","recipient":"dr.alice","createdAt":"2026-11-27T17:30:00.412Z","read":false}

            """;
}
