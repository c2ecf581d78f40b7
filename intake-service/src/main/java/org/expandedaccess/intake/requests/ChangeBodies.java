package org.expandedaccess.intake.requests;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.expandedaccess.intake.rules.RequestContent;

/** Bodies of the amendment and withdrawal operations. */
public final class ChangeBodies {

    private ChangeBodies() {
    }

    @Schema(name = "Amendment", description = "The full new content of a submitted request, and why it changed.")
    public record Amendment(
            @NotBlank(message = "is required: say why the request is amended")
            @Size(min = 10, max = 2000, message = "must be 10 to 2000 characters") String reason,
            @NotNull(message = "is required: the full new content of the request") @Valid RequestContent content) {
    }

    @Schema(name = "Withdrawal", description = "Why the request is withdrawn.")
    public record Withdrawal(
            @NotBlank(message = "is required: say why the request is withdrawn")
            @Size(min = 5, max = 2000, message = "must be 5 to 2000 characters") String reason) {
    }
}
