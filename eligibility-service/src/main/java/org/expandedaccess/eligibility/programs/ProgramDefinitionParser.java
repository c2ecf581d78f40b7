package org.expandedaccess.eligibility.programs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.expandedaccess.eligibility.rules.Check;
import org.expandedaccess.eligibility.rules.Checks;
import org.expandedaccess.eligibility.rules.Criterion;
import org.expandedaccess.eligibility.rules.CriterionKind;
import org.expandedaccess.eligibility.rules.ProgramDefinition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates a program definition written in YAML (JSON is valid YAML). Everything wrong
 * is reported with the document's name and where in it, so that a bad definition stops the service
 * at start with a message an operator can act on.
 */
public final class ProgramDefinitionParser {

    private static final Pattern ID = Pattern.compile("^[a-z0-9][a-z0-9-]*$");
    private static final Set<String> TOP_LEVEL = Set.of("id", "name", "drug", "version", "description", "criteria");
    private static final Set<String> CRITERION_FIELDS = Set.of("id", "description", "kind", "rule", "parameters", "source");

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    /**
     * @param documentName where the text came from, for messages (e.g. {@code programs/mdma-ptsd.yaml})
     * @throws InvalidProgramDefinitionException naming the problem
     */
    public ProgramDefinition parse(String documentName, String text) {
        JsonNode root;
        try {
            root = yaml.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidProgramDefinitionException("program definition " + documentName
                    + " is not valid YAML: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw invalid(documentName, "the document must be a mapping with id, name, drug, version and criteria");
        }
        unknownFields(documentName, "", root, TOP_LEVEL);
        String id = text(documentName, "", root, "id");
        if (!ID.matcher(id).matches()) {
            throw invalid(documentName, "id '" + id + "' must be lower-case letters, digits and dashes");
        }
        String name = text(documentName, "", root, "name");
        String drug = text(documentName, "", root, "drug");
        String version = text(documentName, "", root, "version");
        String description = root.hasNonNull("description") ? root.get("description").asText() : null;
        JsonNode criteria = root.get("criteria");
        if (criteria == null || !criteria.isArray() || criteria.isEmpty()) {
            throw invalid(documentName, "'criteria' must be a non-empty list");
        }
        List<Criterion> parsed = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < criteria.size(); i++) {
            JsonNode c = criteria.get(i);
            String where = "criteria[" + i + "]";
            if (!c.isObject()) {
                throw invalid(documentName, where + " must be a mapping");
            }
            String cid = text(documentName, where, c, "id");
            where = where + " (id '" + cid + "')";
            if (!ID.matcher(cid).matches()) {
                throw invalid(documentName, where + ": id must be lower-case letters, digits and dashes");
            }
            if (!ids.add(cid)) {
                throw invalid(documentName, where + ": id is used twice");
            }
            unknownFields(documentName, where, c, CRITERION_FIELDS);
            String cdescription = text(documentName, where, c, "description");
            String kindText = text(documentName, where, c, "kind");
            CriterionKind kind;
            try {
                kind = CriterionKind.valueOf(kindText);
            } catch (IllegalArgumentException e) {
                throw invalid(documentName, where + ": kind '" + kindText
                        + "' is not one of INCLUSION, EXCLUSION, NEEDS_REVIEW");
            }
            String rule = text(documentName, where, c, "rule");
            String source = text(documentName, where, c, "source");
            JsonNode paramNode = c.get("parameters");
            if (paramNode != null && !paramNode.isNull() && !paramNode.isObject()) {
                throw invalid(documentName, where + ": 'parameters' must be a mapping");
            }
            Map<String, Object> parameters = paramNode == null || paramNode.isNull() ? Map.of()
                    : yaml.convertValue(paramNode, new TypeReference<LinkedHashMap<String, Object>>() { });
            Check check;
            try {
                check = Checks.build(rule, parameters, kind);
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw invalid(documentName, where + ": " + e.getMessage());
            }
            parsed.add(new Criterion(cid, cdescription, kind, rule, Collections.unmodifiableMap(parameters), source, check));
        }
        return new ProgramDefinition(id, name, drug, version, description, List.copyOf(parsed));
    }

    private static String text(String doc, String where, JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || !v.isValueNode() || v.asText().isBlank()) {
            throw invalid(doc, (where.isEmpty() ? "" : where + ": ") + "'" + field + "' is missing or blank");
        }
        return v.asText().trim();
    }

    private static void unknownFields(String doc, String where, JsonNode node, Set<String> known) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.contains(f)) {
                throw invalid(doc, (where.isEmpty() ? "" : where + ": ") + "unknown field '" + f + "'");
            }
        }
    }

    private static InvalidProgramDefinitionException invalid(String doc, String problem) {
        return new InvalidProgramDefinitionException("program definition " + doc + " is invalid: " + problem);
    }
}
