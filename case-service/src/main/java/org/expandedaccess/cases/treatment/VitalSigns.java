package org.expandedaccess.cases.treatment;

import java.math.BigDecimal;
import java.time.LocalTime;

/**
 * One set of vital signs taken during a session (docs/regulatory/mdma-ptsd-program.md: blood pressure, pulse and
 * temperature during dosing). Any value may be missing from a single reading; a dosing session
 * needs at least one reading of each across its readings ({@link DeviationCheck}).
 *
 * @param takenAt      time of the reading
 * @param systolic     systolic blood pressure, mmHg
 * @param diastolic    diastolic blood pressure, mmHg
 * @param pulse        pulse, beats per minute
 * @param temperatureC body temperature, degrees Celsius
 */
public record VitalSigns(LocalTime takenAt, Integer systolic, Integer diastolic, Integer pulse, BigDecimal temperatureC) {

    /** Whether this reading holds a blood pressure (both systolic and diastolic). */
    public boolean hasBloodPressure() {
        return systolic != null && diastolic != null;
    }

    public boolean hasPulse() {
        return pulse != null;
    }

    public boolean hasTemperature() {
        return temperatureC != null;
    }
}
