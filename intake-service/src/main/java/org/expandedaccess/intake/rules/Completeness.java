package org.expandedaccess.intake.rules;

import java.util.List;

/**
 * What a request needs before it can be submitted: the fields of Form FDA 3926 (1, 2, 5, 6, 8, 10)
 * and what screening needs (docs/regulatory/mdma-ptsd-program.md). Malformed values are {@link ContentValidator}'s.
 */
public final class Completeness {

    private Completeness() {
    }

    public static List<Findings.Finding> missing(RequestContent c) {
        Findings f = new Findings();
        if (c == null) {
            f.add("body", "the request is empty");
            return f.list();
        }
        physician(f, c.physician());
        site(f, c.site());
        patient(f, c.patient());
        clinical(f, c.clinical());
        priorTreatments(f, c.priorTreatments());
        alternatives(f, c.alternatives());
        treatment(f, c.treatment());
        emergency(f, c.emergency());
        attestations(f, c.attestations());
        return f.list();
    }

    private static void physician(Findings f, RequestContent.Physician p) {
        if (p == null) {
            f.add("physician", "the physician's details are required (Form 3926 field 1)");
            return;
        }
        f.required("physician.name", p.name(), "the physician's name is required");
        f.required("physician.npi", p.npi(), "the physician's NPI is required");
        f.required("physician.institution", p.institution(), "the institution is required");
        address(f, "physician.address", p.address(), "the physician's address is required");
        f.required("physician.phone", p.phone(), "a phone number is required");
        f.required("physician.email", p.email(), "an e-mail address is required");
        if (p.license() == null) {
            f.add("physician.license", "the state medical licence (state and number) is required");
        } else {
            f.required("physician.license.state", p.license().state(), "the licence state is required");
            f.required("physician.license.number", p.license().number(), "the licence number is required");
        }
        if (p.dea() == null) {
            f.add("physician.dea", "the DEA registration is required: MDMA is Schedule I");
        } else {
            f.required("physician.dea.registrationNumber", p.dea().registrationNumber(),
                    "the DEA registration number is required: MDMA is Schedule I");
            f.required("physician.dea.coversScheduleI", p.dea().coversScheduleI(),
                    "say whether the DEA registration covers Schedule I (DEA Form 225)");
        }
        f.required("physician.specialty", p.specialty(), "the specialty is required");
        f.required("physician.qualificationStatement", p.qualificationStatement(),
                "a short qualification statement is required (Form 3926 field 8)");
    }

    private static void address(Findings f, String path, RequestContent.Address a, String message) {
        if (a == null) {
            f.add(path, message);
            return;
        }
        f.required(path + ".line1", a.line1(), "the street address is required");
        f.required(path + ".city", a.city(), "the city is required");
        f.required(path + ".state", a.state(), "the state is required");
        f.required(path + ".postalCode", a.postalCode(), "the ZIP code is required");
    }

    private static void site(Findings f, RequestContent.Site s) {
        if (s == null) {
            f.add("site", "the treatment site, its IRB and the therapist team are required");
            return;
        }
        f.required("site.name", s.name(), "the site name is required");
        address(f, "site.address", s.address(), "the site address is required");
        if (s.irb() == null) {
            f.add("site.irb", "the IRB (name and contact) is required");
        } else {
            f.required("site.irb.name", s.irb().name(), "the IRB name is required");
            f.required("site.irb.contactName", s.irb().contactName(), "an IRB contact person is required");
            f.required("site.irb.contactEmail", s.irb().contactEmail(), "the IRB contact's e-mail is required");
        }
        long complete = s.therapists() == null ? 0 : s.therapists().stream()
                .filter(t -> t != null && notBlank(t.name()) && notBlank(t.credentials())).count();
        if (complete < 2) {
            f.add("site.therapists", "two therapists (name and credentials) are required: both attend every dosing session");
        }
    }

    private static void patient(Findings f, RequestContent.Patient p) {
        if (p == null) {
            f.add("patient", "the patient's details are required (Form 3926 fields 2 and 5)");
            return;
        }
        f.required("patient.initials", p.initials(), "the patient's initials are required");
        f.required("patient.ageYears", p.ageYears(), "the patient's age is required");
        f.required("patient.sex", p.sex(), "the patient's sex is required");
        f.required("patient.weightKg", p.weightKg(), "the patient's weight in kg is required");
        f.required("patient.pregnancyPotential", p.pregnancyPotential(), "say whether pregnancy is possible");
        if (Boolean.TRUE.equals(p.pregnancyPotential())) {
            f.required("patient.pregnant", p.pregnant(), "say whether the patient is pregnant");
            f.required("patient.contraceptionInUse", p.contraceptionInUse(), "say whether contraception is in use");
        }
        if (Boolean.TRUE.equals(p.pregnancyPotential()) || p.sex() == RequestContent.Sex.FEMALE) {
            f.required("patient.lactating", p.lactating(), "say whether the patient is breastfeeding");
        }
        f.required("patient.allergies", p.allergies(), "list allergies, or write \"none known\"");
    }

    private static void clinical(Findings f, RequestContent.Clinical c) {
        if (c == null) {
            f.add("clinical", "the clinical information is required (Form 3926 field 5)");
            return;
        }
        f.required("clinical.diagnosisCode", c.diagnosisCode(), "the diagnosis (ICD-10-CM code) is required");
        f.required("clinical.conditionDurationMonths", c.conditionDurationMonths(),
                "how long the condition has lasted (months) is required");
        f.required("clinical.caps5TotalScore", c.caps5TotalScore(), "the CAPS-5 total severity score is required");
        f.required("clinical.caps5AssessedOn", c.caps5AssessedOn(), "the date of the CAPS-5 assessment is required");
        f.required("clinical.seriousnessStatement", c.seriousnessStatement(),
                "explain why the condition is serious or immediately life-threatening (21 CFR 312.305(a)(1))");
        f.required("clinical.cssrsRisk", c.cssrsRisk(), "the current C-SSRS risk level is required");
        f.required("clinical.comorbidities", c.comorbidities(), "list comorbidities, or send an empty list if none");
        f.required("clinical.medications", c.medications(), "list current medications, or send an empty list if none");
        if (c.medications() != null) {
            for (int i = 0; i < c.medications().size(); i++) {
                RequestContent.Medication m = c.medications().get(i);
                if (m != null) {
                    f.required("clinical.medications[" + i + "].name", m.name(), "the medication's name is required");
                    f.required("clinical.medications[" + i + "].medicationClass", m.medicationClass(),
                            "the medication's class is required");
                }
            }
        }
    }

    private static void priorTreatments(Findings f, List<RequestContent.PriorTreatment> list) {
        if (list == null || list.isEmpty()) {
            f.add("priorTreatments", "list the prior treatments and their outcome (Form 3926 field 5)");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            RequestContent.PriorTreatment t = list.get(i);
            if (t == null) {
                continue;
            }
            String path = "priorTreatments[" + i + "]";
            f.required(path + ".name", t.name(), "the treatment's name is required");
            f.required(path + ".category", t.category(), "the treatment's category is required");
            f.required(path + ".startDate", t.startDate(), "the start date is required");
            f.required(path + ".outcome", t.outcome(), "the outcome is required");
            if (t.category() != null && t.category().isMedication()) {
                f.required(path + ".durationWeeks", t.durationWeeks(), "how many weeks the medication was taken is required");
            } else if (t.category() != null) {
                f.required(path + ".sessions", t.sessions(), "how many psychotherapy sessions took place is required");
            }
        }
    }

    private static void alternatives(Findings f, RequestContent.Alternatives a) {
        if (a == null) {
            f.add("alternatives", "explain why no alternative exists and whether a trial is possible");
            return;
        }
        f.required("alternatives.noComparableAlternativeStatement", a.noComparableAlternativeStatement(),
                "explain why no comparable or satisfactory alternative therapy exists (21 CFR 312.305(a)(1))");
        f.required("alternatives.canEnrollInTrial", a.canEnrollInTrial(),
                "say whether the patient can enrol in an active MDMA trial (21 CFR 312.310(a)(2))");
        if (Boolean.FALSE.equals(a.canEnrollInTrial())) {
            f.required("alternatives.trialEnrollmentReason", a.trialEnrollmentReason(),
                    "explain why the patient cannot enrol in a trial");
        }
    }

    private static void treatment(Findings f, RequestContent.Treatment t) {
        if (t == null) {
            f.add("treatment", "the planned treatment is required (Form 3926 field 6)");
            return;
        }
        f.required("treatment.initialDoseMg", t.initialDoseMg(), "the initial dose per dosing session is required");
        f.required("treatment.dosingSessions", t.dosingSessions(), "the number of dosing sessions is required");
        f.required("treatment.plannedStart", t.plannedStart(), "the planned start date is required");
    }

    private static void emergency(Findings f, RequestContent.Emergency e) {
        if (e == null || e.emergency() == null) {
            f.add("emergency.emergency", "say whether this is an emergency (true or false)");
            return;
        }
        if (e.emergency()) {
            f.required("emergency.reason", e.reason(), "explain why this is an emergency");
        }
    }

    private static void attestations(Findings f, RequestContent.Attestations a) {
        if (a == null) {
            f.add("attestations", "the attestations are required");
            return;
        }
        f.required("attestations.riskBenefitDetermination", a.riskBenefitDetermination(),
                "state whether the probable risk from the drug is not greater than from the disease (21 CFR 312.310(a)(1))");
        f.required("attestations.supportPersonAvailable", a.supportPersonAvailable(),
                "say whether a support person is available");
        f.required("attestations.overnightStayAgreed", a.overnightStayAgreed(),
                "say whether the patient agrees to the overnight stay after dosing sessions");
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
