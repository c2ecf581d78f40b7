package org.expandedaccess.intake.requests;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.expandedaccess.infra.KafkaBroker;
import org.expandedaccess.infra.TopicReader;
import org.expandedaccess.infra.quarkus.KafkaTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.expandedaccess.intake.requests.Api.alice;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class SubmissionDuringBrokerOutageTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void submissionAcceptedWhileKafkaIsDownIsPublishedOnceItIsBack() throws Exception {
        String id = Api.createDraft(alice(), Examples.COMPLETE);
        KafkaBroker broker = KafkaTestResource.broker();
        broker.stop();
        try {
            // the physician is told at once that the submission is accepted; the event waits in the outbox
            alice().when().post("/api/v1/requests/" + id + "/submit").then().statusCode(200)
                    .body("status", equalTo("SUBMITTED"));
            Thread.sleep(3000); // the relay tries (and fails) at least once while the broker is down
        } finally {
            broker.start();
        }
        List<ConsumerRecord<String, String>> events = Api.events(bootstrap, id, 1);
        Thread.sleep(1000);
        events = Api.events(bootstrap, id, 1);
        assertEquals(1, events.size(), "published exactly once after the outage");
        assertEquals("org.expandedaccess.request.submitted.v1", TopicReader.header(events.get(0), "ce_type"));
        Api.assertMatchesSchema("org.expandedaccess.request.submitted.v1", events.get(0).value());
    }
}
