package org.expandedaccess.cases.form3926;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Input of the Form FDA 3926 draft.
 *
 * @param request the request as intake-service returns it ({@code RequestView} JSON: {@code requestId},
 *                {@code status}, {@code version}, {@code emergency}, {@code physician} (the username),
 *                {@code submittedAt}, {@code content{...}}). Read by JSON path and tolerantly: a missing
 *                or null value leaves its field unfilled, unknown fields are ignored. A bare
 *                {@code content} object (without the wrapper) is accepted too. May be {@code null}.
 * @param facts   what the case knows; required
 */
public record Form3926Input(JsonNode request, CaseFacts facts) {
}
