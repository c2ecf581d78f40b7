package org.expandedaccess.testing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The example check fails for each kind of offence, names each offender, and passes a document without any. */
class ApiExamplesTest {

    /** One operation per case; the schemas follow the services' style (nullable properties, required lists). */
    private static final String DOCUMENT = """
            openapi: 3.0.3
            info: {title: tiny, version: "1"}
            paths:
              /things:
                post:
                  operationId: createThing
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema: {$ref: "#/components/schemas/NewThing"}
                        # the request example
                  responses:
                    "201":
                      description: created
                      content:
                        application/json:
                          schema: {$ref: "#/components/schemas/Thing"}
                          examples:
                            wrong enum: {value: {id: "0b8a7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", kind: ROUND, madeAt: null}}
                            missing id: {value: {kind: SQUARE, madeAt: "2026-11-27T17:30:02Z"}}
                            misspelt property: {value: {id: "0b8a7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", kind: SQUARE, madeAt: null, colour: red}}
                            not a date-time: {value: {id: "0b8a7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", kind: SQUARE, madeAt: "yesterday"}}
                    "400":
                      description: refused, has no example and is not checked
                      content:
                        application/problem+json:
                          schema: {type: object}
              /things/{id}:
                get:
                  operationId: getThing
                  parameters:
                  - {name: id, in: path, required: true, schema: {type: string}}
                  responses:
                    "200":
                      description: the thing, as JSON or as PDF
                      content:
                        application/json:
                          schema: {$ref: "#/components/schemas/Thing"}
                          example: {id: "0b8a7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", kind: SQUARE, madeAt: null}
                        application/pdf:
                          schema: {type: string, format: binary}
                put:
                  operationId: replaceThing
                  parameters:
                  - {name: id, in: path, required: true, schema: {type: string}}
                  requestBody:
                    content:
                      application/merge-patch+json:
                        schema: {$ref: "#/components/schemas/NewThing"}
                        example: {kind: SQUARE}
                  responses:
                    "204": {description: "replaced; no body"}
            components:
              schemas:
                NewThing:
                  type: object
                  required: [kind]
                  properties:
                    kind: {type: string, enum: [SQUARE, TRIANGLE]}
                    note: {type: string, nullable: true}
                Thing:
                  type: object
                  required: [id, kind, madeAt]
                  properties:
                    id: {type: string, format: uuid}
                    kind: {type: string, enum: [SQUARE, TRIANGLE]}
                    madeAt: {type: string, format: date-time, nullable: true}
            """;

    @Test
    void everyMissingOrInvalidExampleIsNamedAndNothingElse() {
        List<String> offenders = ApiExamples.offenders(DOCUMENT);

        assertEquals(5, offenders.size(), String.join("\n", offenders));
        assertTrue(offenders.get(0).startsWith("POST /things (createThing) request body application/json: no example"),
                offenders.get(0));
        assertOffence(offenders, "'wrong enum'", "ROUND");
        assertOffence(offenders, "'missing id'", "id");
        assertOffence(offenders, "'misspelt property'", "colour");
        assertOffence(offenders, "'not a date-time'", "yesterday");
        // the valid JSON example, the PDF beside it, the problem answer and the body-less 204 are not offences
        assertTrue(offenders.stream().noneMatch(o -> o.contains("getThing") || o.contains("replaceThing") || o.contains("400")),
                String.join("\n", offenders));
    }

    @Test
    void theAssertionListsEveryOffender() {
        AssertionError failure = assertThrows(AssertionError.class, () -> ApiExamples.assertEveryBodyHasValidExample(DOCUMENT));
        assertTrue(failure.getMessage().startsWith("5 request or 2xx response bodies"), failure.getMessage());
        assertTrue(failure.getMessage().contains("'misspelt property'"), failure.getMessage());
    }

    @Test
    void aDocumentWhoseBodiesAllHaveValidExamplesPasses() {
        String fixed = DOCUMENT
                .replace("# the request example", "example: {kind: TRIANGLE, note: null}")
                .replace("kind: ROUND", "kind: TRIANGLE")
                .replace("{kind: SQUARE, madeAt:", "{id: \"0b8a7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d\", kind: SQUARE, madeAt:")
                .replace(", colour: red", "")
                .replace("\"yesterday\"", "\"2026-11-27T17:30:02Z\"");

        assertEquals(List.of(), ApiExamples.offenders(fixed));
        ApiExamples.assertEveryBodyHasValidExample(fixed);
    }

    @Test
    void anUnquotedTimeInYamlIsTheNumberAYaml11ReaderMakesOfIt() {
        String document = """
                openapi: 3.0.3
                info: {title: tiny, version: "1"}
                paths:
                  /sessions:
                    get:
                      operationId: getSession
                      responses:
                        "200":
                          description: a session
                          content:
                            application/json:
                              schema:
                                type: object
                                properties:
                                  startsAt: {type: string, format: local-time}
                              examples:
                                before ten: {value: {startsAt: 09:30}}
                                after ten: {value: {startsAt: 10:30}}
                                quoted: {value: {startsAt: "10:30"}}
                """;

        List<String> offenders = ApiExamples.offenders(document);

        assertEquals(1, offenders.size(), String.join("\n", offenders));
        assertTrue(offenders.get(0).contains("'after ten'") && offenders.get(0).contains("integer"), offenders.get(0));
    }

    @Test
    void jsonMeansApplicationJsonAndItsSuffix() {
        assertTrue(ApiExamples.isJson("application/json"));
        assertTrue(ApiExamples.isJson("application/json; charset=utf-8"));
        assertTrue(ApiExamples.isJson("application/merge-patch+json"));
        assertTrue(!ApiExamples.isJson("application/pdf") && !ApiExamples.isJson("text/event-stream"));
    }

    private static void assertOffence(List<String> offenders, String example, String detail) {
        assertTrue(offenders.stream().anyMatch(o -> o.startsWith("POST /things (createThing) 201 response application/json example "
                + example) && o.contains(detail)), example + " with " + detail + " not in\n" + String.join("\n", offenders));
    }
}
