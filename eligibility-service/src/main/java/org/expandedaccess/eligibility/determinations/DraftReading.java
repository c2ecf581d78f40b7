package org.expandedaccess.eligibility.determinations;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import org.expandedaccess.eligibility.rules.ScreeningInput;

/**
 * The one written exception to the platform's "unknown properties are refused" (docs/decisions/0009):
 * pre-screening reads the clinical part of a whole request draft, so the draft's other fields (patient
 * initials, the physician's address, free text) are ignored rather than refused, and none of them is kept.
 * Screening input is also what events carry, which consumers read tolerantly anyway.
 */
@Singleton
public class DraftReading implements ObjectMapperCustomizer {

    @JsonIgnoreProperties(ignoreUnknown = true)
    private interface IgnoreUnknown {
    }

    @Override
    public void customize(ObjectMapper mapper) {
        for (Class<?> type : new Class<?>[] {PrescreenRequest.class, ScreeningInput.Patient.class,
                ScreeningInput.Clinical.class, ScreeningInput.Medication.class, ScreeningInput.PriorTreatment.class,
                ScreeningInput.Alternatives.class, ScreeningInput.Attestations.class}) {
            mapper.addMixIn(type, IgnoreUnknown.class);
        }
    }
}
