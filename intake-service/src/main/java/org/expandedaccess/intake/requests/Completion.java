package org.expandedaccess.intake.requests;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.expandedaccess.platform.problem.Problem;

import java.util.List;

@Schema(name = "Completeness", description = "What still blocks submission: every missing field, by JSON path.")
public record Completion(boolean complete, List<Problem.FieldError> missing) {
}
