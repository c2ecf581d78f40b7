package org.expandedaccess.portal.web;

import io.quarkus.qute.TemplateExtension;
import org.expandedaccess.portal.api.CaseApi;
import org.expandedaccess.portal.deadlines.WorkingDays;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** Plain words for codes the APIs answer with, used by the templates ({@code status.statusWords}). */
@TemplateExtension
public final class Words {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private static final Map<String, String> STATUS = Map.ofEntries(
            Map.entry("DRAFT", "Draft: not submitted yet"),
            Map.entry("SUBMITTED", "Submitted: waiting for screening"),
            Map.entry("SCREENING", "Being screened against the program"),
            Map.entry("UNDER_REVIEW", "Under review by the sponsor"),
            Map.entry("INFO_REQUESTED", "The sponsor asks for more information"),
            Map.entry("APPROVED", "Approved by the sponsor"),
            Map.entry("DECLINED", "Declined by the sponsor"),
            Map.entry("AUTHORIZING", "Approved: collecting the regulatory approvals"),
            Map.entry("READY_TO_SHIP", "All approvals in: waiting for the shipment"),
            Map.entry("SHIPPED", "Drug shipped: treatment may start"),
            Map.entry("IN_TREATMENT", "In treatment"),
            Map.entry("TREATMENT_COMPLETED", "Treatment completed: summary to file"),
            Map.entry("CLOSED", "Closed"),
            Map.entry("WITHDRAWN", "Withdrawn"));

    private static final Map<String, String> OWNER = Map.of(
            "PHYSICIAN", "the treating physician",
            "SPONSOR", "the sponsor's triage team",
            "MEDICAL_REVIEWER", "a sponsor medical reviewer",
            "FDA", "FDA (waiting for the IND to take effect)",
            "SYSTEM", "the system, automatically",
            "NONE", "nobody");

    private static final Map<String, String> DEADLINE = Map.of(
            "SPONSOR_ACKNOWLEDGEMENT", "Sponsor acknowledges the request",
            "FDA_EARLIEST_TREATMENT", "Earliest treatment date (IND in effect)",
            "EMERGENCY_WRITTEN_SUBMISSION", "Written emergency submission to FDA (Form 3926 and LOA)",
            "IRB_EMERGENCY_NOTICE", "Report the emergency use to the IRB",
            "SAFETY_REPORT", "IND safety report to FDA",
            "ANNUAL_REPORT", "IND annual report",
            "TREATMENT_SUMMARY", "Written treatment summary to FDA");

    private Words() {
    }

    public static String statusWords(String status) {
        return status == null ? "" : STATUS.getOrDefault(status, status);
    }

    public static String ownerWords(String owner) {
        return owner == null ? "" : OWNER.getOrDefault(owner, owner.toLowerCase(Locale.ROOT));
    }

    public static String deadlineWords(String kind) {
        return kind == null ? "" : DEADLINE.getOrDefault(kind, kind);
    }

    /** "due today", "3 working days left", "overdue by 2 working days". */
    public static String workingDaysLeft(LocalDate due) {
        if (due == null) {
            return "";
        }
        int left = WorkingDays.left(SponsorDay.today(), due);
        if (due.isEqual(SponsorDay.today())) {
            return "due today";
        }
        if (due.isBefore(SponsorDay.today())) {
            return left == 0 ? "overdue" : "overdue by " + (-left) + " working day" + (left == -1 ? "" : "s");
        }
        return left + " working day" + (left == 1 ? "" : "s") + " left";
    }

    public static String when(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(SponsorDay.ZONE).format(WHEN);
    }

    /** "SAFETY_REPORT" -> "Safety report", for codes without a phrase of their own. */
    public static String humanize(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        String s = code.replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The nearest deadline still to meet, or null. */
    public static CaseApi.Deadline nearestOpen(CaseApi.CaseDetail detail) {
        if (detail == null || detail.deadlines() == null) {
            return null;
        }
        return detail.deadlines().stream()
                .filter(d -> "OPEN".equals(d.status()) || "OVERDUE".equals(d.status()))
                .filter(d -> d.dueDate() != null)
                .min(java.util.Comparator.comparing(CaseApi.Deadline::dueDate)).orElse(null);
    }
}
