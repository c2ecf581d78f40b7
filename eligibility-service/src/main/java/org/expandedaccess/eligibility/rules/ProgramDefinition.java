package org.expandedaccess.eligibility.rules;

import java.util.List;

/** A versioned program definition: what a request must satisfy for one drug and indication. */
public record ProgramDefinition(String id, String name, String drug, String version, String description,
                                List<Criterion> criteria) {
}
