package org.expandedaccess.e2e.portal;

import org.expandedaccess.e2e.RunningSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An emergency case through the portal in real Chromium, each person signed in through Keycloak's login
 * page: the triager finds it at the top of the queue, assigns and approves it with the LOA; the physician
 * records the FDA, IRB and consent gates; the triager records DEA (a bad number first: its problem beside
 * the field) and ships; the physician starts treatment, records a session and an adverse event and sees
 * its 7-day safety report deadline; the auditor verifies the audit chain; dr.bob gets the same "not found"
 * for alice's case as for a case that does not exist; the integrator admin creates a webhook and sees its
 * secret once. axe-core runs on every page.
 */
@ExtendWith(RunningSystem.class)
class PortalLifecycleIT {

    private final String portal = RunningSystem.config().portalUrl();
    private final String today = LocalDate.now(ZoneId.of("America/New_York")).toString();

    @AfterAll
    static void report() {
        PortalReport.print();
    }

    @Test
    void anEmergencyCaseFromTheQueueToTreatmentAndAnAdverseEvent() {
        String alice = RunningSystem.password("dr.alice");
        String emergency = RunningSystem.completeRequest().replace("\"emergency\": {\n    \"emergency\": false\n  }",
                "\"emergency\": {\n    \"emergency\": true, \"reason\": \"Acute deterioration; no time for a 30-day review.\"\n  }");
        assertTrue(emergency.contains("Acute deterioration"), "the example's emergency block was replaced");
        String requestId = RunningSystem.submit(alice, emergency);
        String caseId = RunningSystem.awaitCaseId(alice, requestId);
        String casePath = "/cases/" + caseId;

        try (Browser tess = new Browser(portal)) {
            tess.signIn("tess.triage", "/");
            assertTrue(tess.driver().getCurrentUrl().endsWith("/queue"), "sponsor staff start at the queue");
            tess.waitFor(d -> !d.findElements(By.cssSelector("#summary-counts")).isEmpty());
            assertEmergenciesFirst(tess);
            tess.axe("queue");
            tess.screenshot("queue");
            tess.checkPhoneWidth("queue");
            // the case is waiting for a decision: with the filters it is at the very top
            waitForStatus(tess, casePath, "UNDER_REVIEW");
            tess.open("/queue");
            tess.select("#q-emergency", "true");
            tess.select("#q-assignee", "-");
            tess.select("#q-status", "UNDER_REVIEW");
            tess.clickAndWait("#apply-filters");
            List<WebElement> rows = tess.driver().findElements(By.cssSelector("#queue tbody tr"));
            assertTrue(!rows.isEmpty() && "true".equals(rows.get(0).getAttribute("data-emergency")));
            String reference = rows.stream()
                    .filter(r -> r.findElement(By.cssSelector("a")).getAttribute("href").endsWith(caseId))
                    .map(r -> r.getAttribute("data-reference")).findFirst().orElseThrow();
            tess.axe("queue (filtered)");
            tess.open(casePath);
            assertTrue(tess.text("h1").contains(reference));
            assertTrue(tess.present("#t-APPROVED") && tess.present("#t-DECLINED") && tess.present("#t-INFO_REQUESTED"),
                    "the moves the case API allows a triager here");
            assertTrue(!tess.present("#t-SHIPPED"), "no move the API does not allow");
            tess.axe("case (triager, under review)");
            tess.screenshot("case-triager");

            tess.expand("assign");
            tess.click("#assign-me");
            tess.clickAndWait("#assign-submit");
            assertEquals("tess.triage", tess.text("#assignee"));

            // approving without the LOA: the API's 422 shows beside the LOA fields
            tess.expand("t-APPROVED");
            tess.clickAndWait("#t-APPROVED-submit");
            assertTrue(tess.present("#t-APPROVED-problem"), "the refusal is shown in the form");
            assertTrue(tess.text("#e-t-APPROVED-loa-reference").contains("letter of authorization"),
                    "the API's 422 for the missing LOA is shown beside the LOA reference");
            tess.axe("case (a refused approval)");
            tess.screenshot("case-refused-approval");
            tess.type("#t-APPROVED-loa-reference", "EA-LOA-PORTAL");
            tess.setValue(tess.find("#t-APPROVED-loa-issuedOn"), today);
            tess.clickAndWait("#t-APPROVED-submit");
            assertEquals("AUTHORIZING", tess.find("#case-status").getAttribute("data-status"));
        }

        try (Browser doc = new Browser(portal)) {
            doc.signIn("dr.alice", casePath);
            assertTrue(doc.present("#gate-fda") && doc.present("#gate-irb") && doc.present("#gate-consent"),
                    "the physician's gates have forms");
            assertTrue(!doc.present("#gate-dea"), "the DEA gate is the sponsor's");
            doc.axe("case (physician, gates)");
            doc.expand("gate-fda");
            doc.select("#gate-fda-route", "EMERGENCY_AUTHORIZATION");
            doc.setValue(doc.find("#gate-fda-authorizedOn"), today);
            doc.type("#gate-fda-indNumber", "654321");
            doc.clickAndWait("#gate-fda-submit");
            doc.expand("gate-irb");
            doc.select("#gate-irb-route", "EMERGENCY_USE_NOTICE");
            doc.clickAndWait("#gate-irb-submit");
            doc.expand("gate-consent");
            doc.setValue(doc.find("#gate-consent-signedOn"), today);
            doc.clickAndWait("#gate-consent-submit");
            assertEquals("true", doc.find("#gate-row-CONSENT").getAttribute("data-satisfied"));
            assertEquals("true", doc.find("#gate-row-FDA").getAttribute("data-satisfied"));
            assertEquals("true", doc.find("#gate-row-IRB").getAttribute("data-satisfied"));
        }

        try (Browser tess = new Browser(portal)) {
            tess.signIn("tess.triage", casePath);
            tess.expand("gate-dea");
            tess.type("#gate-dea-registrationNumber", "AB1234567");
            tess.click("#gate-dea-scheduleI");
            tess.type("#gate-dea-storageSite", "Locked safe, room 4B");
            tess.setValue(tess.find("#gate-dea-verifiedOn"), today);
            tess.clickAndWait("#gate-dea-submit");
            // a DEA number whose check digit is wrong: the problem beside the field, what was typed kept
            assertTrue(!tess.text("#e-gate-dea-registrationNumber").isEmpty(), "the bad DEA number is named beside it");
            assertEquals("Locked safe, room 4B", tess.find("#gate-dea-storageSite").getAttribute("value"));
            tess.axe("case (a refused DEA number)");
            tess.screenshot("case-bad-value");
            tess.type("#gate-dea-registrationNumber", "AB1234563");
            if (!tess.find("#gate-dea-scheduleI").isSelected()) {
                tess.click("#gate-dea-scheduleI");
            }
            tess.clickAndWait("#gate-dea-submit");
            assertEquals("READY_TO_SHIP", tess.find("#case-status").getAttribute("data-status"));
            tess.expand("t-SHIPPED");
            tess.type("#t-SHIPPED-shipment-lot", "MDMA-PORTAL-1");
            tess.type("#t-SHIPPED-shipment-quantity", "9");
            tess.type("#t-SHIPPED-shipment-trackingReference", "1Z999PORTAL");
            tess.clickAndWait("#t-SHIPPED-submit");
            assertEquals("SHIPPED", tess.find("#case-status").getAttribute("data-status"));
        }

        try (Browser doc = new Browser(portal)) {
            doc.signIn("dr.alice", casePath);
            doc.expand("t-IN_TREATMENT");
            doc.setValue(doc.find("#t-IN_TREATMENT-treatmentStartedOn"), today);
            doc.clickAndWait("#t-IN_TREATMENT-submit");
            assertEquals("IN_TREATMENT", doc.find("#case-status").getAttribute("data-status"));
            doc.expand("session");
            doc.select("#session-type", "PREPARATORY");
            doc.type("#session-number", "1");
            doc.setValue(doc.find("#session-date"), today);
            doc.type("#session-therapists-0", "Theo Lead");
            doc.type("#session-therapists-1", "Tara Co");
            doc.select("#session-cssrs", "NONE");
            doc.clickAndWait("#session-submit");
            assertTrue(doc.text("#sessions").contains("Preparatory 1"), doc.text("#treatment"));

            doc.expand("ae");
            doc.type("#ae-description", "Severe chest pain after the session");
            doc.setValue(doc.find("#ae-onsetDate"), today);
            doc.setValue(doc.find("#ae-awareDate"), today);
            doc.select("#ae-serious", "true");
            doc.select("#ae-unexpected", "true");
            doc.select("#ae-fatalOrLifeThreatening", "true");
            doc.select("#ae-relation", "POSSIBLE");
            doc.select("#ae-outcome", "RECOVERING");
            doc.clickAndWait("#ae-submit");
            String due = LocalDate.parse(today).plusDays(7).toString();
            assertTrue(doc.text(".safety-deadline").contains(due) && doc.text(".safety-deadline").contains("7 calendar days"),
                    doc.text("#adverse-events"));
            assertTrue(doc.find("tr[data-kind='SAFETY_REPORT'] .days-left").getText().contains("working day"),
                    "the deadline shows the working days left");
            doc.axe("case (physician, in treatment)");
            doc.screenshot("case-physician");
            doc.checkPhoneWidth("case page");

            doc.open("/inbox");
            assertTrue(doc.present(".inbox-item"), "the physician's inbox lists items");
            int unread = doc.driver().findElements(By.cssSelector(".inbox-item.unread")).size();
            int badge = Integer.parseInt(doc.text("#inbox-badge"));
            assertTrue(unread > 0, "new items are unread");
            doc.click(".inbox-item.unread button");
            doc.waitFor(d -> d.findElements(By.cssSelector(".inbox-item.unread")).size() < unread
                    && Integer.parseInt(doc.text("#inbox-badge")) < badge);
            assertTrue(doc.samePage(), "marked read in place");
            assertTrue(doc.find(".inbox-item a").getAttribute("href").contains("/cases/by-request/"),
                    "each item links to its case");
            doc.axe("inbox");
            doc.screenshot("inbox");
        }

        try (Browser audrey = new Browser(portal)) {
            audrey.signIn("audrey.audit", casePath);
            assertTrue(!audrey.present("details.action form"), "the auditor reads and changes nothing");
            audrey.axe("case (auditor)");
            audrey.clickAndWait("#audit-link");
            audrey.clickAndWait("#verify-chain");
            assertTrue(audrey.text("#chain-result").startsWith("The chain is intact"), audrey.text("#chain-result"));
            audrey.axe("audit trail (verified)");
            audrey.screenshot("audit-verified");
            audrey.open(casePath + "/screening");
            assertTrue(audrey.present("#criteria tbody tr"), "every criterion with evidence and source");
            assertTrue(!audrey.present("#review"), "only a medical reviewer overrides");
            audrey.axe("screening");
            audrey.screenshot("screening");
        }
    }

    @Test
    void anotherPhysicianOpeningAlicesCaseByUrlGetsTheSameNotFoundAsForNoCase() {
        String alice = RunningSystem.password("dr.alice");
        String caseId = RunningSystem.awaitCaseId(alice, RunningSystem.submit(alice, RunningSystem.completeRequest()));
        try (Browser bob = new Browser(portal)) {
            bob.signIn("dr.bob", "/cases/" + caseId);
            String alices = bob.text("main");
            assertTrue(bob.present("#not-found"), alices);
            bob.axe("not found");
            bob.screenshot("not-found");
            bob.open("/cases/00000000-0000-4000-8000-000000000000");
            assertEquals(alices, bob.text("main"), "the same page as for a case that does not exist");
            bob.open("/cases/" + caseId + "/audit");
            assertTrue(bob.present("#not-found"));
        }
    }

    @Test
    void aMedicalReviewerOverridesTheScreeningWithAJustification() {
        String alice = RunningSystem.password("dr.alice");
        String caseId = RunningSystem.awaitCaseId(alice, RunningSystem.submit(alice, RunningSystem.completeRequest()));
        try (Browser mark = new Browser(portal)) {
            mark.signIn("mark.reviewer", "/cases/" + caseId + "/screening");
            mark.waitFor(d -> {
                if (!mark.present("#review")) {
                    mark.open("/cases/" + caseId + "/screening");
                }
                return mark.present("#review");
            });
            mark.click("#review-ineligible");
            mark.type("#review-justification", "Too short");
            mark.clickAndWait("#review-submit");
            assertTrue(!mark.text("#e-review-justification").isEmpty() || mark.present("#review .alert"),
                    "a justification too short is refused beside the field");
            mark.axe("screening (reviewer, refused override)");
            mark.type("#review-justification", "The reviewer found a contraindication the form does not capture.");
            mark.click("#review-ineligible");
            mark.clickAndWait("#review-submit");
            assertTrue(mark.text("#screening-outcome").contains("INELIGIBLE"), mark.text("#screening-outcome"));
            assertTrue(mark.text("main").contains("Override to INELIGIBLE by mark.reviewer"));
            mark.axe("screening (overridden)");
        }
    }

    @Test
    void anIntegratorAdministratorCreatesAWebhookAndSeesItsSecretOnce() {
        try (Browser ivan = new Browser(portal)) {
            ivan.signIn("ivan.integrator", "/");
            assertTrue(ivan.driver().getCurrentUrl().endsWith("/webhooks"));
            ivan.axe("webhooks");
            ivan.type("#wh-url", "http://10.0.0.1/hook");
            ivan.clickAndWait("#wh-create");
            assertTrue(!ivan.text("#e-wh-url").isEmpty(), "a refused target URL is named beside the field");
            ivan.type("#wh-url", "http://127.0.0.1:9/hook");
            ivan.type("#wh-description", "portal test receiver");
            ivan.clickAndWait("#wh-create");
            String secret = ivan.text("#webhook-secret");
            assertTrue(secret.startsWith("whsec_"), secret);
            ivan.axe("webhooks (created, secret shown once)");
            ivan.screenshot("webhooks");
            ivan.open("/webhooks");
            assertTrue(!ivan.driver().getPageSource().contains(secret), "the secret is shown only once");
            ivan.clickAndWait("#webhooks tbody a");
            assertTrue(ivan.present("#webhook-status"));
            ivan.axe("webhook deliveries");
        }
    }

    private static void assertEmergenciesFirst(Browser b) {
        List<WebElement> rows = b.driver().findElements(By.cssSelector("#queue tbody tr"));
        boolean seenRoutine = false;
        for (WebElement r : rows) {
            boolean emergency = "true".equals(r.getAttribute("data-emergency"));
            assertTrue(!(emergency && seenRoutine), "an emergency is listed after a routine case");
            seenRoutine |= !emergency;
        }
    }

    private static void waitForStatus(Browser b, String casePath, String status) {
        b.waitFor(d -> {
            b.open(casePath);
            return status.equals(b.find("#case-status").getAttribute("data-status"));
        });
    }
}
