package org.expandedaccess.intake.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The minimal request of the first release: what screening and triage need to open a case.
 * The full Form FDA 3926 content comes in the intake issue.
 */
@Schema(name = "NewRequest", description = "A new expanded access request for one patient.")
public record NewRequest(
        @Schema(description = "Program the request is for.", defaultValue = "mdma-ptsd", example = "mdma-ptsd")
        @Pattern(regexp = "mdma-ptsd", message = "must be mdma-ptsd (the only program offered)")
        String programId,

        @Schema(description = "The patient's initials only (HIPAA minimum necessary): 2 or 3 capital letters.",
                example = "JD", required = true)
        @NotBlank(message = "is required")
        @Pattern(regexp = "[A-Z]{2,3}", message = "must be the patient's initials: 2 or 3 capital letters, e.g. JD")
        String patientInitials,

        @Schema(description = "Diagnosis as an ICD-10-CM code; the program covers PTSD (F43.10, F43.11, F43.12).",
                example = "F43.10", required = true)
        @NotBlank(message = "is required")
        @Pattern(regexp = "[A-TV-Z][0-9][0-9AB](\\.[0-9A-TV-Z]{1,4})?",
                message = "must be an ICD-10-CM code such as F43.10")
        String diagnosisCode,

        @Schema(description = "Emergency use (21 CFR 312.310(d)); emergencies go to the front of every queue.",
                example = "false", required = true)
        @NotNull(message = "is required: true for emergency use, otherwise false")
        Boolean emergency) {

    public String programOrDefault() {
        return programId == null || programId.isBlank() ? "mdma-ptsd" : programId;
    }
}
