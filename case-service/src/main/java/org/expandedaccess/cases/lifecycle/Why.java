package org.expandedaccess.cases.lifecycle;

/**
 * Why a case moved: the code events carry, the coded facts the audit trail hashes (references, dates), and a
 * person's own words, which the trail keeps only as a hash beside the words (audit.AuditTrail) and which never
 * leave case-service.
 *
 * @param facts     references and dates only, or null
 * @param statement a person's words as given, or null
 */
public record Why(StatusReason code, String facts, String statement) {

    public Why {
        if (code == null) {
            throw new IllegalArgumentException("a move has a reason code");
        }
        statement = statement == null || statement.isBlank() ? null : statement.trim();
    }

    public static Why of(StatusReason code) {
        return new Why(code, null, null);
    }

    public static Why of(StatusReason code, String facts) {
        return new Why(code, facts, null);
    }

    /** A person decided; their words, if any, stay in case-service. */
    public static Why decided(String statement) {
        return new Why(StatusReason.PERSON_DECIDED, null, statement);
    }

    public boolean statementGiven() {
        return statement != null;
    }
}
