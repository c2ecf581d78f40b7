package org.expandedaccess.intake.requests;

import org.expandedaccess.intake.rules.RequestContent;

import java.time.OffsetDateTime;

public record VersionView(int version, RequestVersion.Kind kind, String reason, OffsetDateTime createdAt,
                          String createdBy, RequestContent content) {
}
