package org.expandedaccess.e2e.portal;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A real headless Chromium (Debian's, driven by its chromedriver; nothing is downloaded), one per user,
 * with what every portal test needs: signing in through Keycloak's own login page, axe-core on every page
 * (0 serious or critical violations), screenshots, and per-page timings (Navigation Timing: the time from
 * sending the request to the first byte of the answer, on this machine nearly all of it server time).
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("ea.e2e.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("ea.e2e.chromedriver", "/usr/bin/chromedriver"));

    /** Server time of every page load, by page name, for the closing report. */
    static final Map<String, List<Double>> SERVER_MS = new ConcurrentHashMap<>();
    /** Serious and critical violations, and all violations, per page name. */
    static final Map<String, String> AXE = new ConcurrentHashMap<>();

    private final WebDriver driver;
    private final String portal;
    private final Path dataDir;
    private int pageLoads;

    Browser(String portalUrl) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            fail("The portal's browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + DRIVER
                    + "). deploy/e2e/ensure-chromium installs them (the build runs it before the integration tests).");
        }
        this.portal = portalUrl;
        try {
            this.dataDir = Files.createTempDirectory("ea-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--lang=en-US", "--window-size=1280,1000", "--user-data-dir=" + dataDir);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    WebDriver driver() {
        return driver;
    }

    int pageLoads() {
        return pageLoads;
    }

    /** Opens a portal page; signs in through Keycloak's login page first when the portal sends us there. */
    void open(String path) {
        driver.get(portal + path);
        settle();
    }

    /** Signs in as a demo user on Keycloak's real login page (every demo password is "demo"). */
    void signIn(String user, String path) {
        driver.get(portal + path);
        settle();
        waitFor(d -> !d.findElements(By.id("username")).isEmpty() || d.getCurrentUrl().startsWith(portal));
        if (!driver.findElements(By.id("username")).isEmpty()) {
            driver.findElement(By.id("username")).sendKeys(user);
            driver.findElement(By.id("password")).sendKeys("demo");
            driver.findElement(By.id("kc-login")).click();
            waitFor(d -> d.getCurrentUrl().startsWith(portal));
            settle();
        }
    }

    /** Called after anything that may load a page: counts it and records its server time once. */
    void settle() {
        waitFor(d -> "complete".equals(js("return document.readyState")));
        Object marked = js("return window.__eaSeen === true");
        if (!Boolean.TRUE.equals(marked)) {
            pageLoads++;
            js("window.__eaSeen = true");
            if (driver.getCurrentUrl().startsWith(portal)) {
                Object ms = js("var n = performance.getEntriesByType('navigation')[0];"
                        + " return n ? n.responseStart - n.requestStart : null;");
                if (ms instanceof Number n) {
                    SERVER_MS.computeIfAbsent(pageName(), k -> new ArrayList<>()).add(n.doubleValue());
                }
            }
        }
    }

    /** True when no page was loaded since the last {@link #settle()} (htmx and the live stream only). */
    boolean samePage() {
        return Boolean.TRUE.equals(js("return window.__eaSeen === true"));
    }

    /** The page's name for the report: its path with ids left out. */
    String pageName() {
        String path = driver.getCurrentUrl().substring(portal.length()).replaceAll("\\?.*$", "").replaceAll("#.*$", "");
        return path.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}");
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    <T> T waitFor(Function<WebDriver, T> condition) {
        return waitFor(Duration.ofSeconds(20), condition);
    }

    <T> T waitFor(Duration timeout, Function<WebDriver, T> condition) {
        // htmx swaps elements in place: one found a moment ago may be gone; look again
        return new WebDriverWait(driver, timeout, Duration.ofMillis(100))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition::apply);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    boolean present(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    String text(String css) {
        return find(css).getText();
    }

    void type(String css, String value) {
        WebElement e = find(css);
        e.clear();
        e.sendKeys(value);
    }

    /** Dates and times through the DOM: what a date picker would set, independent of the browser's locale. */
    void setValue(WebElement e, String value) {
        js("arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", e, value);
    }

    void select(String css, String value) {
        new Select(find(css)).selectByValue(value);
    }

    void click(String css) {
        find(css).click();
    }

    /** Clicks something that loads a page (a link, a form's button) and waits until the new page is there. */
    void clickAndWait(String css) {
        WebElement page = driver.findElement(By.tagName("html"));
        find(css).click();
        waitFor(d -> replaced(page));
        settle();
    }

    /**
     * Whether the document this element belonged to has been replaced. While a navigation is under way
     * Chrome answers for an element of the old document either with a stale reference or with an inspector
     * error that the node "does not belong to the document"; both mean the old page is gone.
     */
    private static boolean replaced(WebElement old) {
        try {
            old.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Opens a details element (an action form) by its id. */
    void expand(String id) {
        WebElement d = find("#" + id);
        if (d.getAttribute("open") == null) {
            d.findElement(By.tagName("summary")).click();
        }
    }

    /**
     * axe-core (WCAG 2.0/2.1 A and AA rules) on the page as it is: fails on any serious or critical
     * violation, and records the count of each impact for the report.
     */
    void axe(String name) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        List<Rule> violations = results.getViolations();
        List<Rule> bad = violations.stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact())).toList();
        AXE.put(name, bad.size() + " serious/critical, " + violations.size() + " in all"
                + (violations.isEmpty() ? "" : " (" + violations.stream().map(r -> r.getId() + ":" + r.getImpact())
                .collect(Collectors.joining(", ")) + ")"));
        assertTrue(bad.isEmpty(), "axe-core on " + name + ": " + bad.stream()
                .map(r -> r.getId() + " (" + r.getImpact() + "): " + r.getHelp() + " at "
                        + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining("; ")))
                .collect(Collectors.joining("\n")));
    }

    /** A PNG of the whole page under the screenshots folder. */
    void screenshot(String name) {
        screenshot(name, true);
    }

    /** A PNG of the window around one element (a sticky side panel shows as it does on screen). */
    void screenshotAround(String name, String css) {
        js("arguments[0].scrollIntoView({block: 'center'})", find(css));
        shoot(name, false);
    }

    void screenshot(String name, boolean wholePage) {
        js("window.scrollTo(0, 0)");
        shoot(name, wholePage);
    }

    private void shoot(String name, boolean wholePage) {
        Path dir = Path.of(System.getProperty("ea.e2e.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            // the whole page, not only the window (Chrome DevTools: capture beyond the viewport)
            ChromeDriver chrome = (ChromeDriver) driver;
            Map<String, Object> metrics = chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            @SuppressWarnings("unchecked")
            Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
            double width = Math.max(size.get("width").doubleValue(), ((Number) js("return window.innerWidth")).doubleValue());
            double height = wholePage ? Math.min(6000, size.get("height").doubleValue())
                    : ((Number) js("return window.innerHeight")).doubleValue();
            Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true, "clip", Map.of("x", 0,
                            "y", wholePage ? 0 : ((Number) js("return window.scrollY")).doubleValue(),
                            "width", width, "height", height, "scale", 1)));
            Files.write(dir.resolve(name + ".png"), java.util.Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Shows the page as a 360 px wide phone does and checks that nothing needs horizontal scrolling. */
    void checkPhoneWidth(String name) {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 780, "deviceScaleFactor", 1, "mobile", true));
        try {
            Object wide = js("var w = document.documentElement.clientWidth, out = [];"
                    + " document.querySelectorAll('body *').forEach(function (e) {"
                    + "   var r = e.getBoundingClientRect(); var s = e.closest('.scroll');"
                    + "   if (r.right > w + 1 && !s) { out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                    + "     + (e.className ? '.' + e.className : '') + ' to ' + Math.round(r.right) + ' px'); } });"
                    + " return [document.documentElement.scrollWidth, w, out.slice(0, 8).join(', ')];");
            List<?> result = (List<?>) wide;
            long width = ((Number) result.get(0)).longValue();
            long viewport = ((Number) result.get(1)).longValue();
            assertTrue(width <= viewport, name + " is " + width + " px wide on a " + viewport + " px phone: " + result.get(2));
            screenshot(name.replace(' ', '-') + "-phone", false);
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** Ends every session the browser holds (the portal's and Keycloak's), as when both have expired. */
    void endSessions() {
        ((ChromeDriver) driver).executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(dataDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
