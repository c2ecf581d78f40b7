package org.expandedaccess.eligibility.determinations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.expandedaccess.platform.problem.Problem;
import org.expandedaccess.platform.problem.ProblemException;
import org.expandedaccess.platform.screening.DraftContent;
import org.expandedaccess.platform.screening.ScreeningFacts;

import java.io.IOException;
import java.util.List;

/**
 * How pre-screening reads the body it is sent: a request draft exactly as intake holds it (the body of
 * {@code POST /api/v1/requests}), turned into the facts screening reads by the same definition intake applies when
 * it publishes the request, so that pre-screening a draft and screening it once submitted read the same facts:
 * <ol>
 *   <li>the body is read as the platform's {@link DraftContent}: the one written exception to "unknown properties are
 *       refused" (docs/decisions/0009), since a whole draft is sent and what screening does not read (physician,
 *       site, free text) is ignored; a value of the wrong type is still a 400 naming the field;</li>
 *   <li>{@link ScreeningFacts#of} derives the facts (statements become "stated" flags, no program means
 *       mdma-ptsd);</li>
 *   <li>a body in the former shape (before issue 16 it carried the derived flags, e.g.
 *       {@code clinical.seriousConditionStated}, instead of the statements) is still honoured: such a flag is read
 *       where its statement is absent ({@link #FORMER_FLAGS});</li>
 *   <li>the facts are written as JSON and read as the request events are read ({@link RequestContent}, tolerant),
 *       so the rules see what they would see after submission.</li>
 * </ol>
 * Nothing of the draft is kept or logged. The API document says the same ({@link DraftSchemas}).
 */
@ApplicationScoped
public class DraftReading {

    /** The parts of a draft screening reads; each is a schema of the API document named after its class. */
    static final List<Class<?>> DRAFT_PARTS = List.of(DraftContent.class, ScreeningFacts.Patient.class,
            DraftContent.Clinical.class, ScreeningFacts.Medication.class, ScreeningFacts.PriorTreatment.class,
            DraftContent.Alternatives.class, ScreeningFacts.Attestations.class);

    /** A flag of the former pre-screen body, in part {@code part}, read where the draft's {@code statement} is absent. */
    record FormerFlag(String part, String flag, String statement) {
    }

    static final List<FormerFlag> FORMER_FLAGS = List.of(
            new FormerFlag("clinical", "seriousConditionStated", "seriousnessStatement"),
            new FormerFlag("alternatives", "noComparableAlternativeStated", "noComparableAlternativeStatement"),
            new FormerFlag("alternatives", "trialEnrollmentReasonStated", "trialEnrollmentReason"));

    private final ObjectMapper mapper;

    DraftReading(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * The request content screening reads from a draft.
     *
     * @throws JsonProcessingException a value of the wrong type, named by its path (answered 400 by the platform)
     */
    RequestContent read(ObjectNode body) throws JsonProcessingException {
        ScreeningFacts facts = ScreeningFacts.of(mapper.treeToValue(body, DraftContent.class));
        JsonNode derived = asEventJson(facts);
        for (FormerFlag f : FORMER_FLAGS) {
            JsonNode part = body.get(f.part());
            JsonNode flag = part == null ? null : part.get(f.flag());
            if (flag == null || flag.isNull()) {
                continue;
            }
            if (!flag.isBoolean()) {
                throw new ProblemException(Problem.validation(400, "1 field(s) are missing or invalid",
                        List.of(new Problem.FieldError(f.part() + "." + f.flag(), "must be true or false"))));
            }
            JsonNode statement = part.get(f.statement());
            if (statement == null || statement.isNull()) {
                ((ObjectNode) derived.get(f.part())).put(f.flag(), flag.booleanValue());
            }
        }
        try {
            return mapper.readerFor(RequestContent.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(derived);
        } catch (IOException e) {
            throw new IllegalStateException("the derived screening facts do not read as request content", e);
        }
    }

    /** The facts as an event carries them: written as JSON text and read back, as the consumer reads an event. */
    private JsonNode asEventJson(ScreeningFacts facts) {
        try {
            return mapper.readTree(mapper.writeValueAsString(facts));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the derived screening facts cannot be written as JSON", e);
        }
    }
}
