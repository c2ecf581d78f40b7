package org.expandedaccess.intake.rules;

import org.expandedaccess.platform.identifiers.Identifiers;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Refuses malformed content at any time, drafts included: formats, check digits, ranges, dates,
 * lengths and list sizes. Missing fields are not errors here; {@link Completeness} handles those.
 */
public final class ContentValidator {

    public static final int MAX_PRIOR_TREATMENTS = 50;
    public static final int MAX_MEDICATIONS = 50;
    static final Set<String> US_STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA",
            "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
            "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA",
            "WA", "WV", "WI", "WY", "PR", "GU", "VI", "AS", "MP");
    static final String EMAIL = "[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}";
    static final String PHONE = "\\+?[0-9 ().-]{7,25}";

    private final Clock clock;

    public ContentValidator(Clock clock) {
        this.clock = clock;
    }

    public List<Findings.Finding> validate(RequestContent c) {
        Findings f = new Findings();
        if (c == null) {
            return f.list();
        }
        f.ifPresent("programId", c.programId(), "mdma-ptsd"::equals,
                "must be mdma-ptsd (the only program offered)");
        physician(f, c.physician());
        site(f, c.site());
        patient(f, c.patient());
        clinical(f, c.clinical());
        priorTreatments(f, c.priorTreatments());
        alternatives(f, c.alternatives());
        treatment(f, c.treatment());
        emergency(f, c.emergency());
        return f.list();
    }

    private void physician(Findings f, RequestContent.Physician p) {
        if (p == null) {
            return;
        }
        f.ifPresent("physician.username", p.username(), u -> u.matches("[A-Za-z0-9._@-]{1,100}"),
                "must be the physician's login name in the expanded-access realm, e.g. dr.alice");
        f.maxLength("physician.name", p.name(), 200);
        f.ifPresent("physician.npi", p.npi(), Identifiers::isValidNpi,
                "must be a valid 10-digit NPI (its check digit does not match)");
        f.maxLength("physician.institution", p.institution(), 200);
        address(f, "physician.address", p.address());
        f.ifPresent("physician.phone", p.phone(), v -> v.matches(PHONE),
                "must be a phone number, e.g. +1 617 555 0100");
        f.ifPresent("physician.email", p.email(), v -> v.matches(EMAIL) && v.length() <= 254,
                "must be an e-mail address");
        if (p.license() != null) {
            f.ifPresent("physician.license.state", p.license().state(), US_STATES::contains,
                    "must be a two-letter US state code, e.g. MA");
            f.ifPresent("physician.license.number", p.license().number(), v -> v.matches("[A-Za-z0-9-]{1,20}"),
                    "must be 1-20 letters, digits or dashes");
        }
        if (p.dea() != null) {
            f.ifPresent("physician.dea.registrationNumber", p.dea().registrationNumber(), Identifiers::isValidDeaNumber,
                    "must be a DEA registration number: 2 letters and 7 digits with a valid check digit, e.g. AB1234563");
        }
        f.maxLength("physician.specialty", p.specialty(), 100);
        f.maxLength("physician.qualificationStatement", p.qualificationStatement(), 4000);
    }

    private void address(Findings f, String path, RequestContent.Address a) {
        if (a == null) {
            return;
        }
        f.maxLength(path + ".line1", a.line1(), 200);
        f.maxLength(path + ".line2", a.line2(), 200);
        f.maxLength(path + ".city", a.city(), 100);
        f.ifPresent(path + ".state", a.state(), US_STATES::contains, "must be a two-letter US state code, e.g. MA");
        f.ifPresent(path + ".postalCode", a.postalCode(), v -> v.matches("\\d{5}(-\\d{4})?"),
                "must be a US ZIP code, e.g. 02114 or 02114-3117");
    }

    private void site(Findings f, RequestContent.Site s) {
        if (s == null) {
            return;
        }
        f.maxLength("site.name", s.name(), 200);
        address(f, "site.address", s.address());
        if (s.irb() != null) {
            f.maxLength("site.irb.name", s.irb().name(), 200);
            f.maxLength("site.irb.contactName", s.irb().contactName(), 200);
            f.ifPresent("site.irb.contactEmail", s.irb().contactEmail(), v -> v.matches(EMAIL), "must be an e-mail address");
            f.ifPresent("site.irb.contactPhone", s.irb().contactPhone(), v -> v.matches(PHONE), "must be a phone number");
        }
        if (s.therapists() != null) {
            if (s.therapists().size() > 10) {
                f.add("site.therapists", "must list at most 10 therapists");
            }
            for (int i = 0; i < Math.min(s.therapists().size(), 10); i++) {
                RequestContent.Therapist t = s.therapists().get(i);
                if (t == null) {
                    f.add("site.therapists[" + i + "]", "must not be empty");
                    continue;
                }
                f.maxLength("site.therapists[" + i + "].name", t.name(), 200);
                f.maxLength("site.therapists[" + i + "].credentials", t.credentials(), 100);
            }
        }
    }

    private void patient(Findings f, RequestContent.Patient p) {
        if (p == null) {
            return;
        }
        f.ifPresent("patient.initials", p.initials(), v -> v.matches("[A-Z]{2,3}"),
                "must be the patient's initials only: 2 or 3 capital letters, e.g. JD");
        f.ifPresent("patient.ageYears", p.ageYears(), v -> v >= 0 && v <= 120,
                "must be between 0 and 120 years");
        f.ifPresent("patient.weightKg", p.weightKg(),
                v -> v.compareTo(BigDecimal.valueOf(2)) >= 0 && v.compareTo(BigDecimal.valueOf(400)) <= 0,
                "must be between 2 and 400 kg");
        if (Boolean.FALSE.equals(p.pregnancyPotential()) && Boolean.TRUE.equals(p.pregnant())) {
            f.add("patient.pregnant", "cannot be true when pregnancyPotential is false");
        }
        f.maxLength("patient.allergies", p.allergies(), 1000);
        f.maxLength("patient.race", p.race(), 100);
        f.maxLength("patient.ethnicity", p.ethnicity(), 100);
    }

    private void clinical(Findings f, RequestContent.Clinical c) {
        if (c == null) {
            return;
        }
        f.ifPresent("clinical.diagnosisCode", c.diagnosisCode(), Identifiers::isIcd10CmCode,
                "must be an ICD-10-CM code such as F43.10");
        f.ifPresent("clinical.conditionDurationMonths", c.conditionDurationMonths(), v -> v >= 0 && v <= 1440,
                "must be between 0 and 1440 months");
        f.ifPresent("clinical.caps5TotalScore", c.caps5TotalScore(), v -> v >= 0 && v <= 80,
                "must be a CAPS-5 total severity score between 0 and 80");
        notInFuture(f, "clinical.caps5AssessedOn", c.caps5AssessedOn());
        f.maxLength("clinical.seriousnessStatement", c.seriousnessStatement(), 4000);
        if (c.comorbidities() != null) {
            if (c.comorbidities().contains(null)) {
                f.add("clinical.comorbidities", "must not contain empty entries");
            } else if (new HashSet<>(c.comorbidities()).size() != c.comorbidities().size()) {
                f.add("clinical.comorbidities", "must not list a condition twice");
            }
        }
        if (c.medications() != null) {
            if (c.medications().size() > MAX_MEDICATIONS) {
                f.add("clinical.medications", "must list at most " + MAX_MEDICATIONS + " medications");
            }
            for (int i = 0; i < Math.min(c.medications().size(), MAX_MEDICATIONS); i++) {
                RequestContent.Medication m = c.medications().get(i);
                String path = "clinical.medications[" + i + "]";
                if (m == null) {
                    f.add(path, "must not be empty");
                    continue;
                }
                f.maxLength(path + ".name", m.name(), 200);
                f.maxLength(path + ".dose", m.dose(), 100);
            }
        }
    }

    private void priorTreatments(Findings f, List<RequestContent.PriorTreatment> list) {
        if (list == null) {
            return;
        }
        if (list.size() > MAX_PRIOR_TREATMENTS) {
            f.add("priorTreatments", "must list at most " + MAX_PRIOR_TREATMENTS + " prior treatments");
        }
        for (int i = 0; i < Math.min(list.size(), MAX_PRIOR_TREATMENTS); i++) {
            RequestContent.PriorTreatment t = list.get(i);
            String path = "priorTreatments[" + i + "]";
            if (t == null) {
                f.add(path, "must not be empty");
                continue;
            }
            f.maxLength(path + ".name", t.name(), 200);
            notInFuture(f, path + ".startDate", t.startDate());
            notInFuture(f, path + ".endDate", t.endDate());
            if (t.startDate() != null && t.endDate() != null && t.endDate().isBefore(t.startDate())) {
                f.add(path + ".endDate", "must not be before startDate");
            }
            f.ifPresent(path + ".durationWeeks", t.durationWeeks(), v -> v >= 0 && v <= 520,
                    "must be between 0 and 520 weeks");
            f.ifPresent(path + ".sessions", t.sessions(), v -> v >= 0 && v <= 500,
                    "must be between 0 and 500 sessions");
            f.maxLength(path + ".note", t.note(), 1000);
        }
    }

    private void alternatives(Findings f, RequestContent.Alternatives a) {
        if (a == null) {
            return;
        }
        f.maxLength("alternatives.noComparableAlternativeStatement", a.noComparableAlternativeStatement(), 4000);
        f.maxLength("alternatives.trialEnrollmentReason", a.trialEnrollmentReason(), 2000);
    }

    /** Doses of the MDMA-assisted therapy protocol (MAPP1/MAPP2): 80 or 120 mg, optional half-dose supplement. */
    private void treatment(Findings f, RequestContent.Treatment t) {
        if (t == null) {
            return;
        }
        f.ifPresent("treatment.initialDoseMg", t.initialDoseMg(), v -> v == 80 || v == 120,
                "must be 80 or 120 mg (program protocol)");
        if (t.supplementalDoseMg() != null) {
            boolean half = t.initialDoseMg() != null && t.supplementalDoseMg() * 2 == t.initialDoseMg();
            f.ifPresent("treatment.supplementalDoseMg", t.supplementalDoseMg(),
                    v -> (v == 40 || v == 60) && (t.initialDoseMg() == null || half),
                    "must be half the initial dose: 40 mg after 80 mg, 60 mg after 120 mg");
        }
        f.ifPresent("treatment.dosingSessions", t.dosingSessions(), v -> v >= 1 && v <= 3,
                "must be 1 to 3 dosing sessions (program protocol)");
        if (t.plannedStart() != null && t.plannedStart().isAfter(LocalDate.now(clock).plusYears(2))) {
            f.add("treatment.plannedStart", "must be within two years");
        }
    }

    private void emergency(Findings f, RequestContent.Emergency e) {
        if (e == null) {
            return;
        }
        f.maxLength("emergency.reason", e.reason(), 2000);
        notInFuture(f, "emergency.fdaPhoneAuthorizationDate", e.fdaPhoneAuthorizationDate());
        f.ifPresent("emergency.fdaIndNumber", e.fdaIndNumber(), v -> v.matches("\\d{5,7}"),
                "must be the FDA-assigned IND number: 5 to 7 digits");
        if (!Boolean.TRUE.equals(e.emergency()) && (e.fdaPhoneAuthorizationDate() != null || e.fdaIndNumber() != null)) {
            f.add("emergency.emergency", "must be true when an FDA phone authorisation is given");
        }
    }

    private void notInFuture(Findings f, String path, LocalDate date) {
        if (date != null && date.isAfter(LocalDate.now(clock))) {
            f.add(path, "must not be in the future");
        }
    }
}
