package org.expandedaccess.platform.identifiers;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"1234567893", "1245319599", "1003000126"})
    void npiWithMatchingLuhnCheckDigitOver80840PrefixIsValid(String npi) {
        assertTrue(Identifiers.isValidNpi(npi));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "123456789", "12345678931", "12345678a3", ""})
    void npiWithWrongCheckDigitOrShapeIsInvalid(String npi) {
        assertFalse(Identifiers.isValidNpi(npi));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB1234563", "BJ6125341", "A91234563"})
    void deaNumberWithMatchingCheckDigitIsValid(String dea) {
        assertTrue(Identifiers.isValidDeaNumber(dea));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB1234567", "ab1234563", "AB123456", "1B1234563", "AB12345631"})
    void deaNumberWithWrongCheckDigitOrShapeIsInvalid(String dea) {
        assertFalse(Identifiers.isValidDeaNumber(dea));
    }

    @ParameterizedTest
    @ValueSource(strings = {"F43.10", "F43.11", "F43.12", "F43", "Z99.89", "U07.1", "C4A.0"})
    void icd10CmCodesAreRecognised(String code) {
        assertTrue(Identifiers.isIcd10CmCode(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PTSD", "F4310", "F43.", "f43.10", "F43.12345"})
    void notIcd10CmCodesAreRefused(String code) {
        assertFalse(Identifiers.isIcd10CmCode(code));
    }
}
