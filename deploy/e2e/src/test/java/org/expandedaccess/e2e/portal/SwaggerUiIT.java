package org.expandedaccess.e2e.portal;

import org.expandedaccess.e2e.RunningSystem;
import org.expandedaccess.stack.StackConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each service's Swagger UI in a real Chromium, as an integrator would use it: "Authorize" signs in through
 * Keycloak's login page with the authorization code flow and PKCE (public client {@code ea-api-docs}), and
 * "Try it out" on an operation sends the token and gets the service's real answer. Uses the portal tests'
 * browser (signing in, waiting) with a service's base URL in place of the portal's.
 */
@ExtendWith(RunningSystem.class)
class SwaggerUiIT {

    @Test
    void swaggerUiSignsInThroughKeycloakAndTryItOutSendsTheToken() {
        StackConfig config = RunningSystem.config();
        tryIt(config.intakePort(), "Requests", "listRequests");
        tryIt(config.eligibilityPort(), "Programs", "listPrograms");
        tryIt(config.casePort(), "Cases", "listCases");
        tryIt(config.notificationPort(), "Inbox", "countUnreadNotifications");
    }

    /** The first element matching css inside parent, or null (to wait for). */
    private static WebElement first(WebElement parent, String css) {
        return parent.findElements(By.cssSelector(css)).stream().findFirst().orElse(null);
    }

    private static void tryIt(int port, String tag, String operationId) {
        String base = "http://localhost:" + port;
        try (Browser browser = new Browser(base)) {
            WebDriver driver = browser.driver();
            browser.open("/q/swagger-ui/");
            browser.waitFor(d -> browser.present(".btn.authorize") && browser.present("#operations-" + tag + "-" + operationId));

            // Authorize: the OpenID Connect scheme's authorization code flow, in the popup Swagger UI opens
            browser.click(".btn.authorize");
            WebElement flow = browser.waitFor(d -> d.findElements(By.cssSelector(".auth-container")).stream()
                    .filter(c -> c.getText().contains("authorization_code") || c.getText().contains("authorizationCode"))
                    .findFirst().orElse(null));
            assertTrue(flow.getText().contains("PKCE"), "the code flow uses PKCE: " + flow.getText());
            String main = driver.getWindowHandle();
            flow.findElement(By.cssSelector("button.authorize")).click();
            String popup = browser.waitFor(d -> d.getWindowHandles().stream().filter(h -> !h.equals(main)).findFirst().orElse(null));
            driver.switchTo().window(popup);
            browser.waitFor(d -> !d.findElements(By.id("username")).isEmpty());
            driver.findElement(By.id("username")).sendKeys("dr.alice");
            driver.findElement(By.id("password")).sendKeys("demo");
            driver.findElement(By.id("kc-login")).click();
            // the popup lands on oauth2-redirect.html, hands the code back to Swagger UI and closes itself
            browser.waitFor(Duration.ofSeconds(20), d -> !d.getWindowHandles().contains(popup));
            driver.switchTo().window(main);
            // signed in: the flow's section says so and its button turns into "Logout"
            browser.waitFor(d -> flow.getText().contains("Authorized")
                    && flow.findElements(By.cssSelector("button.authorize")).stream().anyMatch(b -> b.getText().equals("Logout")));
            driver.findElement(By.cssSelector(".modal-ux .close-modal")).click();
            browser.waitFor(d -> d.findElements(By.cssSelector(".modal-ux")).isEmpty());

            // Try it out: the operation sends the bearer token and shows the service's 200
            WebElement operation = browser.find("#operations-" + tag + "-" + operationId);
            operation.findElement(By.cssSelector(".opblock-summary-control")).click();
            browser.waitFor(d -> first(operation, ".try-out__btn")).click();
            browser.waitFor(d -> first(operation, ".execute")).click();
            String status = browser.waitFor(d -> operation.findElements(By.cssSelector(".live-responses-table tr.response .response-col_status"))
                    .stream().map(WebElement::getText).filter(s -> !s.isBlank()).findFirst().orElse(null));
            String curl = operation.findElement(By.cssSelector(".curl-command")).getText();
            assertTrue(curl.contains("Authorization: Bearer ey"), "Try it out sends the token: " + curl);
            assertEquals("200", status.trim().split("\\s+")[0], operationId + " in Swagger UI of " + base);
            Set<String> handles = driver.getWindowHandles();
            assertEquals(1, handles.size(), "the sign-in popup closed");
            System.out.printf("e2e: Swagger UI of %s: signed in through Keycloak (code + PKCE), %s answered %s%n",
                    base, operationId, status.trim());
        }
    }
}
