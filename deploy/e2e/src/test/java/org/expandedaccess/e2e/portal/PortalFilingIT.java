package org.expandedaccess.e2e.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.expandedaccess.e2e.RunningSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A new physician files the complete example request (docs/examples/complete-request.json) through the
 * portal's form, from an empty draft, in a real Chromium: completeness counts down to zero beside the
 * fields, the pre-screen says ELIGIBLE, and after submitting, the case appears and the inbox badge rises
 * without the page being reloaded. A bad value shows its problem beside its field; a session that ends
 * in the middle of the form brings the physician back to the same draft with what was typed.
 */
@ExtendWith(RunningSystem.class)
class PortalFilingIT {

    private final String portal = RunningSystem.config().portalUrl();

    @AfterAll
    static void report() {
        PortalReport.print();
    }

    @Test
    void aNewPhysicianFilesTheCompleteExampleUntilNothingIsMissingAndSeesTheCaseOpenLive() throws Exception {
        try (Browser b = new Browser(portal)) {
            long start = System.nanoTime();
            b.signIn("dr.alice", "/");
            assertTrue(b.present("#new-request"), "the physician's home offers a new request");
            assertSessionCookieIsHttpOnlyAndSameSite(b);
            b.axe("home (physician)");
            b.clickAndWait("#new-request");
            assertTrue(b.driver().getCurrentUrl().endsWith("/edit"), b.driver().getCurrentUrl());
            int missingAtStart = Integer.parseInt(b.text("#missing-count"));
            assertTrue(missingAtStart > 30, "an empty draft names every field it misses, not " + missingAtStart);
            assertTrue(b.text("#e-f-patient-initials").contains("initials are required"),
                    "each missing field is named beside it");
            b.axe("new request (empty)");
            b.screenshot("request-form-empty", false);

            // a bad value: intake's problem appears beside the field, the rest is still saved
            b.type("#f-patient-initials", "john");
            b.waitFor(d -> b.text("#e-f-patient-initials").contains("capital letters"));
            b.axe("new request (a bad value)");
            b.screenshotAround("request-form-bad-value", "#f-patient-initials");

            fill(b, RunningSystem.completeRequest());
            try {
                b.waitFor(java.time.Duration.ofSeconds(60),
                        d -> "0".equals(d.findElement(By.id("missing-count")).getAttribute("textContent"))
                                && d.findElement(By.cssSelector("#prescreen-outcome strong")).getText().equals("ELIGIBLE"));
            } catch (org.openqa.selenium.TimeoutException e) {
                b.screenshot("failed-filing");
                throw new AssertionError("the form did not reach complete and ELIGIBLE; the panel says: "
                        + b.text("#draft-status"), e);
            }
            long filledMs = (System.nanoTime() - start) / 1_000_000;
            assertEquals("", b.text("#e-f-patient-initials"), "the corrected value's problem is gone");
            b.axe("new request (complete, ELIGIBLE)");
            b.screenshot("request-form-complete", false);

            b.waitFor(d -> "on".equals(b.find("#inbox-badge").getAttribute("data-live")));
            int badgeBefore = Integer.parseInt(b.text("#inbox-badge"));
            b.click("#submit-request");
            b.waitFor(d -> b.present("#submitted-banner"));
            b.waitFor(d -> b.present("#case-link"));
            b.waitFor(d -> Integer.parseInt(b.text("#inbox-badge")) > badgeBefore);
            assertTrue(b.samePage(), "the case appeared and the badge rose without a page load");
            long submittedMs = (System.nanoTime() - start) / 1_000_000;
            PortalReport.filing(filledMs, submittedMs, b.pageLoads());
            b.axe("request submitted");
            b.screenshot("request-submitted");

            b.clickAndWait("#case-link");
            assertTrue(b.text("#case-status").length() > 0);
            b.axe("case (physician)");
            b.open("/");
            assertTrue(b.present(".case-card"), "the home page lists the case");
            b.axe("home (physician, with a case)");
            b.screenshot("physician-home");
            b.checkPhoneWidth("physician home");
        }
        assertNoPatientDataOrTokenInThePortalsLog();
    }

    private static void assertSessionCookieIsHttpOnlyAndSameSite(Browser b) {
        Map<String, Object> all = ((org.openqa.selenium.chrome.ChromeDriver) b.driver())
                .executeCdpCommand("Network.getAllCookies", Map.of());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cookies = (List<Map<String, Object>>) all.get("cookies");
        List<Map<String, Object>> session = cookies.stream()
                .filter(c -> String.valueOf(c.get("name")).startsWith("q_session")).toList();
        assertTrue(!session.isEmpty(), "the portal keeps a session cookie: " + cookies);
        for (Map<String, Object> c : session) {
            assertEquals(Boolean.TRUE, c.get("httpOnly"), "HttpOnly: " + c);
            assertEquals("Lax", c.get("sameSite"), "SameSite: " + c);
        }
    }

    /** The example's free text and the physician's details, and any token, never reach the portal's log. */
    private static void assertNoPatientDataOrTokenInThePortalsLog() throws Exception {
        String log = java.nio.file.Files.readString(RunningSystem.config().logFile("portal"));
        for (String secret : List.of("Severe PTSD with daily intrusions", "Riverside Psychiatry", "prazosin",
                "MD-123456", "Bearer ", "eyJhbGciOi")) {
            assertTrue(!log.contains(secret), "the portal's log contains " + secret);
        }
    }

    @Test
    void aSessionThatEndsMidFormComesBackToTheSameDraftWithWhatWasTyped() {
        try (Browser b = new Browser(portal)) {
            b.signIn("dr.bob", "/");
            b.clickAndWait("#new-request");
            String draftUrl = b.driver().getCurrentUrl();
            b.type("#f-physician-name", "Bob Brandt, MD");
            b.waitFor(d -> b.text("#e-f-physician-name").isEmpty());
            // the sessions end (the portal's and Keycloak's, as when both expire), then the physician types on
            b.endSessions();
            b.type("#f-physician-institution", "Bayview Psychiatry");
            // the live check finds the session ended: the page reloads and Keycloak asks to sign in again
            b.waitFor(d -> !d.findElements(By.id("username")).isEmpty());
            b.find("#username").sendKeys("dr.bob");
            b.find("#password").sendKeys("demo");
            b.click("#kc-login");
            b.waitFor(d -> d.getCurrentUrl().equals(draftUrl));
            b.settle();
            assertEquals("Bob Brandt, MD", b.find("#f-physician-name").getAttribute("value"));
            b.waitFor(d -> "Bayview Psychiatry".equals(b.find("#f-physician-institution").getAttribute("value")));
            // and it is saved: a fresh load of the draft shows it
            b.waitFor(d -> b.text("#e-f-physician-institution").isEmpty() && b.present("#restored"));
            b.open(draftUrl.substring(portal.length()));
            b.waitFor(d -> "Bayview Psychiatry".equals(b.find("#f-physician-institution").getAttribute("value")));
        }
    }

    /** Types the example into the form field by field, as a person would (dates through the date picker's value). */
    static void fill(Browser b, String json) throws Exception {
        JsonNode root = new ObjectMapper().readTree(json);
        List<Map.Entry<String, JsonNode>> leaves = new ArrayList<>();
        flatten("", root, leaves);
        for (Map.Entry<String, JsonNode> leaf : leaves) {
            String path = leaf.getKey();
            JsonNode value = leaf.getValue();
            if (path.equals("programId")) {
                continue;
            }
            if (path.equals("clinical.comorbidities")) {
                if (value.isEmpty()) {
                    b.click("input[name='clinical.comorbidities'][value='NONE']");
                }
                continue;
            }
            ensureRow(b, path);
            List<WebElement> inputs = b.driver().findElements(By.name(path));
            assertTrue(!inputs.isEmpty(), "the form has an input for " + path);
            WebElement input = inputs.get(0);
            String type = input.getAttribute("type");
            String text = value.asText();
            if ("radio".equals(type)) {
                b.click("input[name='" + path + "'][value='" + text + "']");
            } else if ("select".equals(input.getTagName())) {
                new org.openqa.selenium.support.ui.Select(input).selectByValue(text);
            } else if ("date".equals(type)) {
                b.setValue(input, text);
            } else {
                input.clear();
                input.sendKeys(text);
            }
        }
    }

    /** A second prior treatment needs a second row: "Add another" saves the draft and shows one more. */
    private static void ensureRow(Browser b, String path) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^([A-Za-z.]+)\\[(\\d+)]").matcher(path);
        if (m.find() && b.driver().findElements(By.name(path)).isEmpty()) {
            b.clickAndWait("button[value='add:" + m.group(1) + "']");
            b.waitFor(d -> !d.findElements(By.name(path)).isEmpty());
        }
    }

    private static void flatten(String prefix, JsonNode node, List<Map.Entry<String, JsonNode>> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(),
                    e.getValue(), out));
        } else if (node.isArray() && !prefix.equals("clinical.comorbidities")) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "[" + i + "]", node.get(i), out);
            }
        } else {
            out.add(Map.entry(prefix, node));
        }
    }
}
