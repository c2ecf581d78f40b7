package org.expandedaccess.eligibility.determinations;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import org.expandedaccess.eligibility.rules.ScreeningInput;

import java.util.List;

/**
 * The one written exception to the platform's "unknown properties are refused" (docs/decisions/0009):
 * pre-screening reads the clinical part of a whole request draft, so the draft's other fields (patient
 * initials, the physician's address, free text) are ignored rather than refused, and none of them is kept.
 * Screening input is also what events carry, which consumers read tolerantly anyway. The API document says
 * so for the same parts ({@link DraftSchemas}); the rules' {@link ScreeningInput} itself knows nothing of JSON.
 */
@Singleton
public class DraftReading implements ObjectMapperCustomizer {

    /** The parts of a draft screening reads; each is a schema of the API document named after its class. */
    static final List<Class<?>> DRAFT_PARTS = List.of(ScreeningInput.Patient.class, ScreeningInput.Clinical.class,
            ScreeningInput.Medication.class, ScreeningInput.PriorTreatment.class, ScreeningInput.Alternatives.class,
            ScreeningInput.Attestations.class);

    @JsonIgnoreProperties(ignoreUnknown = true)
    private interface IgnoreUnknown {
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.addMixIn(PrescreenRequest.class, IgnoreUnknown.class);
        for (Class<?> type : DRAFT_PARTS) {
            mapper.addMixIn(type, IgnoreUnknown.class);
        }
    }
}
