package org.expandedaccess.cases.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "AuditVerification", description = "Result of recomputing a case's audit hash chain.")
public record ChainVerification(
        UUID caseId,
        @Schema(description = "true when every entry's hash matches its content and the previous entry's hash") boolean intact,
        @Schema(description = "How many entries were checked") int entries,
        @Schema(description = "The first entry that does not match, or null when intact") Integer brokenAtSeq,
        @Schema(description = "What does not match at brokenAtSeq") String problem) {
}
