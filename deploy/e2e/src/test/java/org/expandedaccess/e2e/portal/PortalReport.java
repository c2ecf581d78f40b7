package org.expandedaccess.e2e.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The numbers the portal's browser tests measure: filing time and page loads, p95 server time per page, axe. */
final class PortalReport {

    private static String filing = "not measured";

    private PortalReport() {
    }

    static synchronized void filing(long filledMs, long submittedMs, int pageLoads) {
        filing = String.format(Locale.ROOT, "sign-in to complete and ELIGIBLE %.1f s, to submitted with the case "
                + "shown %.1f s, %d page loads (Keycloak's login page included)", filledMs / 1000.0, submittedMs / 1000.0,
                pageLoads);
    }

    static synchronized void print() {
        StringBuilder b = new StringBuilder("\nportal e2e: filing the complete example: ").append(filing).append('\n');
        b.append("portal e2e: server time per page (ms, first byte; n, p50, p95, max)\n");
        for (Map.Entry<String, List<Double>> e : new TreeMap<>(Browser.SERVER_MS).entrySet()) {
            List<Double> v = new ArrayList<>(e.getValue());
            v.sort(Double::compare);
            b.append(String.format(Locale.ROOT, "  %-40s n=%-3d p50=%6.0f p95=%6.0f max=%6.0f%n", e.getKey(), v.size(),
                    pct(v, 0.5), pct(v, 0.95), v.get(v.size() - 1)));
        }
        b.append("portal e2e: axe-core (WCAG 2.1 A/AA) per page\n");
        new TreeMap<>(Browser.AXE).forEach((page, result) -> b.append("  ").append(page).append(": ").append(result).append('\n'));
        System.out.println(b);
        try {
            Path file = Path.of("target/portal-e2e-report.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, b.toString());
        } catch (IOException e) {
            // the console has it
        }
    }

    private static double pct(List<Double> sorted, double p) {
        int i = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
