package org.expandedaccess.cases.form3926;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

import static org.expandedaccess.cases.form3926.ProgramFacts.INDICATION;
import static org.expandedaccess.cases.form3926.ProgramFacts.REASON_FOR_REQUEST;
import static org.expandedaccess.cases.form3926.ProgramFacts.isProgram;
import static org.expandedaccess.cases.form3926.ProgramFacts.ptsdName;
import static org.expandedaccess.cases.form3926.Wording.NOT_GIVEN;
import static org.expandedaccess.cases.form3926.Wording.formatted;
import static org.expandedaccess.cases.form3926.Wording.join;
import static org.expandedaccess.cases.form3926.Wording.sentences;
import static org.expandedaccess.cases.form3926.Wording.text;
import static org.expandedaccess.cases.form3926.Wording.usDate;
import static org.expandedaccess.cases.form3926.Wording.words;

/**
 * Field 5 of Form FDA 3926, clinical information: indication, age, sex, weight, allergies, diagnosis, prior
 * therapy and response, why this drug, why no alternative; race and ethnicity optional. From the request.
 */
final class ClinicalSection {

    private ClinicalSection() {
    }

    /** Fields 5.a to 5.k for an initial submission; for a follow-up, the same fields marked not applicable. */
    static void addTo(RequestReader r, SubmissionType type, List<Field> fields) {
        if (type == SubmissionType.FOLLOW_UP) {
            notApplicable(fields);
            return;
        }
        fields.add(indication(r));
        fields.add(formatted(r, "5.b", "Patient's age", "patient.ageYears", v -> v + " years"));
        fields.add(formatted(r, "5.c", "Patient's sex (the form says gender)", "patient.sex", Wording::sentence));
        fields.add(formatted(r, "5.d", "Patient's weight", "patient.weightKg", v -> v + " kg"));
        fields.add(text(r, "5.e", "Allergies or sensitivities", "patient.allergies"));
        fields.add(diagnosis(r));
        fields.add(priorTherapy(r));
        fields.add(reasonForRequest(r));
        fields.add(noAlternatives(r));
        fields.add(text(r, "5.j", "Race (optional)", "patient.race",
                "Optional on the form; not given in the request."));
        fields.add(text(r, "5.k", "Ethnicity (optional)", "patient.ethnicity",
                "Optional on the form; not given in the request."));
    }

    private static Field indication(RequestReader r) {
        String label = "Indication";
        String code = r.text("clinical.diagnosisCode");
        if (code != null) {
            String name = ptsdName(code);
            String value = name == null ? "ICD-10-CM " + code : "Post-traumatic stress disorder (PTSD), " + name
                    + " (ICD-10-CM " + code.toUpperCase(Locale.ROOT) + ")";
            return Field.filled("5.a", label, value, "Request: clinical.diagnosisCode (ICD-10-CM).");
        }
        if (isProgram(r)) {
            return Field.filled("5.a", label, INDICATION,
                    "The program's indication (docs/regulatory/mdma-ptsd-program.md); the request gives no diagnosis code.");
        }
        return Field.unfilled("5.a", label, NOT_GIVEN);
    }

    private static Field diagnosis(RequestReader r) {
        String label = "Diagnosis";
        List<String> parts = new ArrayList<>();
        String code = r.text("clinical.diagnosisCode");
        if (code != null) {
            String name = ptsdName(code);
            parts.add((name == null ? "" : "Post-traumatic stress disorder, " + name + " ") + "(ICD-10-CM " + code + ")");
        }
        String months = r.text("clinical.conditionDurationMonths");
        if (months != null) {
            parts.add("symptoms for " + months + " months");
        }
        String caps5 = r.text("clinical.caps5TotalScore");
        if (caps5 != null) {
            LocalDate on = r.date("clinical.caps5AssessedOn");
            parts.add("CAPS-5 total severity score " + caps5 + (on == null ? "" : " (assessed " + usDate(on) + ")"));
        }
        String seriousness = r.text("clinical.seriousnessStatement");
        if (seriousness != null) {
            parts.add(seriousness);
        }
        String cssrs = r.text("clinical.cssrsRisk");
        if (cssrs != null) {
            parts.add("current suicide risk (C-SSRS): " + cssrs.toLowerCase(Locale.ROOT));
        }
        if (r.isArray("clinical.comorbidities")) {
            List<String> comorbidities = r.array("clinical.comorbidities").stream()
                    .map(RequestReader::text).filter(Objects::nonNull).map(Wording::words).toList();
            parts.add("comorbidities: " + (comorbidities.isEmpty() ? "none reported" : String.join(", ", comorbidities)));
        }
        if (r.isArray("clinical.medications")) {
            List<String> medications = r.array("clinical.medications").stream()
                    .map(m -> join(" ", RequestReader.text(m.path("name")), RequestReader.text(m.path("dose"))))
                    .filter(s -> !s.isEmpty()).toList();
            parts.add("current medications: " + (medications.isEmpty() ? "none reported" : String.join(", ", medications)));
        }
        if (parts.isEmpty()) {
            return Field.unfilled("5.f", label, NOT_GIVEN);
        }
        return Field.filled("5.f", label, sentences(parts), "Request: clinical.");
    }

    private static Field priorTherapy(RequestReader r) {
        String label = "Prior therapy and response to prior therapy";
        List<String> therapies = new ArrayList<>();
        for (JsonNode t : r.array("priorTreatments")) {
            String name = RequestReader.text(t.path("name"));
            String category = RequestReader.text(t.path("category"));
            if (name == null && category == null) {
                continue;
            }
            StringBuilder line = new StringBuilder(name != null ? name : words(category));
            if (name != null && category != null && !words(category).equalsIgnoreCase(name)) {
                line.append(" (").append(words(category)).append(')');
            }
            LocalDate start = RequestReader.date(t.path("startDate"));
            LocalDate end = RequestReader.date(t.path("endDate"));
            if (start != null || end != null) {
                line.append(", ").append(start == null ? "?" : usDate(start))
                        .append(" to ").append(end == null ? "ongoing" : usDate(end));
            }
            String weeks = RequestReader.text(t.path("durationWeeks"));
            String sessions = RequestReader.text(t.path("sessions"));
            if (weeks != null) {
                line.append(", ").append(weeks).append(" weeks");
            }
            if (sessions != null) {
                line.append(", ").append(sessions).append(" sessions");
            }
            String outcome = RequestReader.text(t.path("outcome"));
            line.append(": ").append(outcome == null ? "response not given" : words(outcome));
            String note = RequestReader.text(t.path("note"));
            if (note != null) {
                line.append(" (").append(note).append(')');
            }
            therapies.add(line.toString());
        }
        if (therapies.isEmpty()) {
            return Field.unfilled("5.g", label, "No prior therapy given in the request.");
        }
        return Field.filled("5.g", label, String.join("; ", therapies) + ".", "Request: priorTreatments.");
    }

    private static Field reasonForRequest(RequestReader r) {
        String label = "Reason for the request (why this drug)";
        String reason = r.text("clinical.reasonForRequest");
        if (reason != null) {
            return Field.filled("5.h", label, reason, "Request: clinical.reasonForRequest.");
        }
        if (isProgram(r)) {
            return Field.filled("5.h", label, REASON_FOR_REQUEST,
                    "Drafted from the program description (docs/regulatory/mdma-ptsd-program.md; MAPP1, MAPP2); the physician reviews "
                            + "and adapts it to the patient.");
        }
        return Field.unfilled("5.h", label, "To be written by the physician; the request gives no reason.");
    }

    private static Field noAlternatives(RequestReader r) {
        String label = "Why the patient lacks other therapeutic options";
        List<String> parts = new ArrayList<>();
        String statement = r.text("alternatives.noComparableAlternativeStatement");
        if (statement != null) {
            parts.add(statement);
        }
        Boolean canEnroll = r.bool("alternatives.canEnrollInTrial");
        String why = r.text("alternatives.trialEnrollmentReason");
        if (Boolean.FALSE.equals(canEnroll)) {
            parts.add("The patient cannot enrol in an MDMA clinical trial" + (why == null ? "" : ": " + why));
        } else if (Boolean.TRUE.equals(canEnroll)) {
            parts.add("The request states that the patient can enrol in a clinical trial" + (why == null ? "" : ": " + why));
        } else if (why != null) {
            parts.add("Clinical trial enrolment: " + why);
        }
        if (parts.isEmpty()) {
            return Field.unfilled("5.i", label, NOT_GIVEN);
        }
        return Field.filled("5.i", label, sentences(parts),
                "Request: alternatives (21 CFR 312.305(a)(1) no comparable alternative; 312.310(a)(2) not obtainable in a trial).");
    }

    private static void notApplicable(List<Field> fields) {
        String[][] skipped = {
                {"5.a", "Indication"}, {"5.b", "Patient's age"}, {"5.c", "Patient's sex (the form says gender)"},
                {"5.d", "Patient's weight"}, {"5.e", "Allergies or sensitivities"}, {"5.f", "Diagnosis"},
                {"5.g", "Prior therapy and response to prior therapy"}, {"5.h", "Reason for the request (why this drug)"},
                {"5.i", "Why the patient lacks other therapeutic options"}, {"5.j", "Race (optional)"},
                {"5.k", "Ethnicity (optional)"}};
        for (String[] field : skipped) {
            fields.add(Field.notApplicable(field[0], field[1], SubmissionSection.NOT_IN_FOLLOW_UP));
        }
    }
}
