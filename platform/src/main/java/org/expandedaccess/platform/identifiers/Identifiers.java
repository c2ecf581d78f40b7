package org.expandedaccess.platform.identifiers;

/**
 * Check digits of the identifiers a request carries. Plain algorithms from their issuers' published
 * rules; no library covers NPI and DEA numbers.
 */
public final class Identifiers {

    private Identifiers() {
    }

    /**
     * National Provider Identifier: 10 digits whose last is a Luhn check digit computed over the
     * number prefixed with 80840 (CMS, "Requirements for Check Digit Algorithm for the NPI").
     */
    public static boolean isValidNpi(String npi) {
        if (npi == null || !npi.matches("\\d{10}")) {
            return false;
        }
        String full = "80840" + npi;
        int sum = 0;
        boolean doubleIt = false;
        for (int i = full.length() - 1; i >= 0; i--) {
            int d = full.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }

    /**
     * DEA registration number: two letters (registrant type, then the first letter of the
     * registrant's last name or 9 for business names) and seven digits; the last digit is the last
     * digit of (d1 + d3 + d5) + 2 * (d2 + d4 + d6) (21 CFR 1301; DEA registrant number format).
     */
    public static boolean isValidDeaNumber(String dea) {
        if (dea == null || !dea.matches("[A-Z][A-Z9]\\d{7}")) {
            return false;
        }
        int[] d = new int[7];
        for (int i = 0; i < 7; i++) {
            d[i] = dea.charAt(2 + i) - '0';
        }
        int check = (d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5]);
        return check % 10 == d[6];
    }

    /** ICD-10-CM code format: letter, digit, digit or letter (C4A), then optionally a dot and 1-4 characters. */
    public static boolean isIcd10CmCode(String code) {
        return code != null && code.matches("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");
    }
}
