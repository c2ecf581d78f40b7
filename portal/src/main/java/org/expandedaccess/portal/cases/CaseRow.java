package org.expandedaccess.portal.cases;

import org.expandedaccess.portal.api.CaseApi;
import org.expandedaccess.portal.web.Words;

import java.util.List;
import java.util.stream.Collectors;

/** One case as a list shows it: status in plain words, what blocks it, who acts next, the nearest deadline. */
public record CaseRow(CaseApi.CaseSummary summary, String blocking, String nextAction, String owner,
                      CaseApi.Deadline nearest) {

    public static CaseRow of(CaseApi.CaseSummary summary, CaseApi.CaseDetail detail) {
        if (detail == null) {
            return new CaseRow(summary, "", "", "", null);
        }
        CaseApi.NextAction next = detail.nextAction();
        return new CaseRow(summary, blocking(detail), next == null ? "" : next.action(),
                next == null ? "" : Words.ownerWords(next.owner()), Words.nearestOpen(detail));
    }

    /** What stands between the case and its next state, in plain words. */
    public static String blocking(CaseApi.CaseDetail d) {
        String status = d.summary().status();
        return switch (status) {
            case "SUBMITTED", "SCREENING" -> "INELIGIBLE".equals(d.summary().eligibilityOutcome())
                    ? "Screening found the request ineligible" : "Automatic screening";
            case "UNDER_REVIEW" -> "The sponsor's decision";
            case "INFO_REQUESTED" -> "Information the sponsor asked for";
            case "APPROVED", "AUTHORIZING" -> {
                List<CaseApi.Gate> open = d.gates() == null ? List.of()
                        : d.gates().stream().filter(g -> !g.satisfied()).toList();
                yield open.isEmpty() ? "Nothing" : "Gates not yet satisfied: "
                        + open.stream().map(CaseApi.Gate::title).collect(Collectors.joining(", "));
            }
            case "READY_TO_SHIP" -> "The shipment";
            case "SHIPPED" -> "The treatment start";
            case "IN_TREATMENT" -> "Sessions still to record";
            case "TREATMENT_COMPLETED" -> "The written treatment summary";
            default -> "Nothing";
        };
    }
}
