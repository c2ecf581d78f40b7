package org.expandedaccess.cases.form3926;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.expandedaccess.cases.lifecycle.CaseStatus;
import org.expandedaccess.cases.treatment.TreatmentProgram;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Form3926DrafterTest {

    /** Every field of the 08/22 edition as this draft numbers it, in form order. */
    static final List<String> ALL_FIELDS = List.of("1.a", "1.b", "1.c", "1.d", "1.e", "1.f", "2", "3", "4.a", "4.b",
            "5.a", "5.b", "5.c", "5.d", "5.e", "5.f", "5.g", "5.h", "5.i", "5.j", "5.k",
            "6.a", "6.b", "6.c", "6.d", "6.e", "6.f", "6.g", "6.h", "7", "8", "9", "10.a", "10.b", "11");

    // 2026-12-10 at 03:00 UTC is still 12/09 in New York: "today" is the sponsor's day.
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-10T03:00:00Z"), ZoneId.of("America/New_York"));
    private final Form3926Drafter drafter = new Form3926Drafter(TreatmentProgram.mdmaPtsd(), CLOCK);

    @Nested
    class CompleteInitialSubmission {

        private final Form3926Draft draft = drafter.draft(new Form3926Input(Requests.completeRequestView(),
                Requests.initialFacts()));

        @Test
        void statesTheEditionTheCaseAndTheSubmissionType() {
            assertEquals("FDA Form 3926 (08/22)", draft.edition());
            assertEquals("EA-2026-0042", draft.caseReference());
            assertEquals(SubmissionType.INITIAL, draft.type());
        }

        @Test
        void everyFieldOneToElevenAppearsInFormOrder() {
            assertEquals(ALL_FIELDS, draft.fields().stream().map(Field::number).toList());
        }

        @Test
        void fillsEveryFieldTheRequestAndCaseAnswerWithTheExpectedValue() {
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("1.a", "Alice Anders, MD");
            expected.put("1.b", "Riverside Psychiatry");
            expected.put("1.c", "1 Main Street, Boston, MA 02114");
            expected.put("1.d", "+1 617 555 0100");
            expected.put("1.f", "alice@clinic.example");
            expected.put("2", "JD");
            expected.put("3", "12/07/2026");
            expected.put("4.a", "Checked: initial submission for an individual patient expanded access IND.");
            expected.put("5.a", "Post-traumatic stress disorder (PTSD), unspecified (ICD-10-CM F43.10)");
            expected.put("5.b", "34 years");
            expected.put("5.c", "Female");
            expected.put("5.d", "62.5 kg");
            expected.put("5.e", "none known");
            expected.put("5.f", "Post-traumatic stress disorder, unspecified (ICD-10-CM F43.10). Symptoms for 48 months. "
                    + "CAPS-5 total severity score 44 (assessed 11/02/2026). Severe PTSD with daily intrusions; unable to "
                    + "work for two years. Current suicide risk (C-SSRS): low. Comorbidities: none reported. "
                    + "Current medications: prazosin 2 mg at night.");
            expected.put("5.g", "sertraline (SSRI), 01/10/2024 to 06/30/2024, 24 weeks: partial response; "
                    + "prolonged exposure, 01/15/2025 to 05/01/2025, 12 sessions: no response.");
            expected.put("5.i", "Both FDA-approved medications and two trauma-focused therapies failed. The patient "
                    + "cannot enrol in an MDMA clinical trial: No MDMA trial is enrolling within 500 miles.");
            expected.put("6.a", "MDMA (midomafetamine) capsules");
            expected.put("6.b", "Example Sponsor Inc.");
            expected.put("6.c", "Initial dose 120 mg MDMA at each dosing session, with an optional supplemental dose of "
                    + "60 mg 1.5-2 hours (90-120 minutes) after the initial dose. At most 180 mg per dosing session.");
            expected.put("6.d", "Oral");
            expected.put("6.e", "3 preparatory therapy sessions (about 90 minutes, no drug); 3 dosing sessions (6-8 hours "
                    + "each, followed by an overnight stay) about 4 weeks apart (3-5 weeks allowed); 3 integration "
                    + "therapy sessions (about 90 minutes, no drug) after each dosing session.");
            expected.put("6.f", "About 13 weeks (15 sessions): from 01/11/2027 (planned start) to about 04/13/2027 "
                    + "(last integration session).");
            expected.put("7", "Checked: LOA attached (reference LOA-2026-017, dated 12/01/2026, from Example Sponsor Inc.).");
            expected.put("8", "Board-certified psychiatrist, 12 years treating PTSD, trained in MDMA-assisted therapy. "
                    + "Specialty: Psychiatry. Medical license: MA MD-123456. DEA registration: AB1234563 (covers Schedule I).");
            expected.put("10.a", "Checked: request for authorisation to use Form FDA 3926 for this individual patient "
                    + "expanded access IND.");

            expected.forEach((number, value) -> {
                Field field = draft.field(number).orElseThrow();
                assertTrue(field.filled(), number + " should be filled");
                assertEquals(value, field.value(), "field " + number);
                assertTrue(field.note() != null && !field.note().isBlank(), number + " should name its source");
            });
        }

        @Test
        void draftsTheReasonForTheRequestFromTheProgramAndSaysSo() {
            Field reason = draft.field("5.h").orElseThrow();

            assertTrue(reason.filled());
            assertTrue(reason.value().contains("MAPP1 (NCT03537014)"), reason.value());
            assertTrue(reason.note().contains("physician reviews"), reason.note());
        }

        @Test
        void monitoringNamesTherapistsVitalSignsAndCssrsFromTheProgram() {
            String monitoring = draft.field("6.g").orElseThrow().value();

            assertTrue(monitoring.startsWith("2 therapists attend each dosing session."), monitoring);
            assertTrue(monitoring.contains("Blood pressure, pulse and body temperature"), monitoring);
            assertTrue(monitoring.contains("C-SSRS"), monitoring);
            assertTrue(monitoring.contains("21 CFR 312.32"), monitoring);
        }

        @Test
        void leavesUnfilledOnlyWhatTheRequestLacksOrThePhysicianMustDecideOrSign() {
            assertEquals(List.of("1.e", "5.j", "5.k", "6.h", "10.b", "11"), draft.unfilled());
            assertEquals("Not given in the request (intake does not ask for a fax number); add one if the physician has it.",
                    note("1.e"));
            assertTrue(note("5.j").startsWith("Optional on the form"), note("5.j"));
            assertEquals("To be described by the physician; the request does not say.", note("6.h"));
            assertTrue(note("10.b").contains("Riverside IRB"), note("10.b"));
            assertEquals("To be signed and dated by the physician; the system never signs or certifies.", note("11"));
            for (String number : draft.unfilled()) {
                assertNull(draft.field(number).orElseThrow().value(), number);
            }
        }

        @Test
        void followUpFieldsAreNotApplicableToAnInitialSubmission() {
            for (String number : List.of("4.b", "9")) {
                Field field = draft.field(number).orElseThrow();
                assertFalse(field.filled());
                assertFalse(field.applicable(), number);
                assertTrue(field.note().startsWith(Field.NOT_APPLICABLE), field.note());
            }
        }

        private String note(String number) {
            return draft.field(number).orElseThrow().note();
        }
    }

    @Nested
    class InitialOrFollowUp {

        @ParameterizedTest(name = "{0}, IND {1} -> {2}")
        @CsvSource({
                "SUBMITTED, , INITIAL",
                "APPROVED, , INITIAL",
                "APPROVED, 123456, INITIAL",
                "AUTHORIZING, , INITIAL",
                "AUTHORIZING, 123456, FOLLOW_UP",
                "READY_TO_SHIP, 123456, FOLLOW_UP",
                "SHIPPED, 123456, FOLLOW_UP",
                "IN_TREATMENT, 123456, FOLLOW_UP",
                "TREATMENT_COMPLETED, 123456, FOLLOW_UP",
                "CLOSED, 123456, FOLLOW_UP",
                "IN_TREATMENT, ' ', INITIAL",
                ", 123456, INITIAL"})
        void followUpOnceFdaHasAssignedThePhysiciansIndAfterTheInitialSubmission(CaseStatus status, String ind,
                                                                                SubmissionType expected) {
            assertEquals(expected, Form3926Drafter.submissionType(Requests.facts(status, ind, false, null)));
        }

        @Test
        void emergencyCaseStaysInitialUntilItsWrittenSubmissionIsFiledAndCarriesThePhoneIssuedInd() {
            ObjectNode content = Requests.completeContent();
            ObjectNode emergency = content.putObject("emergency");
            emergency.put("emergency", true);
            emergency.put("fdaPhoneAuthorizationDate", "2026-11-20");
            emergency.put("fdaIndNumber", "170001");
            CaseFacts facts = Requests.facts(CaseStatus.SHIPPED, "170001", true, false);

            Form3926Draft draft = drafter.draft(new Form3926Input(Requests.view(content), facts));

            assertEquals(SubmissionType.INITIAL, draft.type());
            String box = draft.field("4.a").orElseThrow().value();
            assertTrue(box.contains("(emergency use)") && box.contains("Physician's IND number (issued by FDA): 170001"), box);
            String request = draft.field("10.a").orElseThrow().value();
            assertTrue(request.contains("by telephone on 11/20/2026"), request);
            assertTrue(request.contains("within 15 working days") && request.contains("21 CFR 312.310(d)"), request);
        }

        @Test
        void emergencyCaseWithTheWrittenSubmissionFiledIsAFollowUp() {
            assertEquals(SubmissionType.FOLLOW_UP, Form3926Drafter.submissionType(Requests.facts(CaseStatus.IN_TREATMENT, "170001", true, true)));
        }

        @Test
        void emergencyCaseWithUnknownWrittenSubmissionIsAFollowUpThatSaysWhatToCheck() {
            Form3926Draft draft = drafter.draft(new Form3926Input(Requests.completeRequestView(),
                    Requests.facts(CaseStatus.IN_TREATMENT, "170001", true, null)));

            assertEquals(SubmissionType.FOLLOW_UP, draft.type());
            assertTrue(draft.field("4.b").orElseThrow().note().contains("file an initial submission (4.a)"));
        }

        @Test
        void followUpFillsFourBWithTheDrugAndThePhysiciansInd() {
            Form3926Draft draft = drafter.draft(new Form3926Input(Requests.completeRequestView(),
                    Requests.facts(CaseStatus.IN_TREATMENT, "123456", false, null)));

            assertEquals(ALL_FIELDS, draft.fields().stream().map(Field::number).toList());
            assertEquals("Checked: follow-up submission to an existing individual patient expanded access IND. "
                    + "Investigational drug name: MDMA (midomafetamine) capsules. Physician's IND number: 123456.",
                    draft.field("4.b").orElseThrow().value());
            assertFalse(draft.field("4.a").orElseThrow().applicable());
        }

        @Test
        void followUpLeavesFieldsFiveToEightEmptyAndOutOfTheToDoList() {
            Form3926Draft draft = drafter.draft(new Form3926Input(Requests.completeRequestView(),
                    Requests.facts(CaseStatus.IN_TREATMENT, "123456", false, null)));

            draft.fields().stream().filter(f -> f.number().matches("[5-8](\\..*)?")).forEach(f -> {
                assertFalse(f.filled(), f.number());
                assertFalse(f.applicable(), f.number());
            });
            assertEquals(List.of("1.e", "9", "10.b", "11"), draft.unfilled());
            assertTrue(draft.field("2").orElseThrow().filled());
        }

        @Test
        void afterTreatmentTheFollowUpIsTheSummaryOfResultsAndAdverseEffects() {
            for (CaseStatus status : List.of(CaseStatus.TREATMENT_COMPLETED, CaseStatus.CLOSED)) {
                Form3926Draft draft = drafter.draft(new Form3926Input(Requests.completeRequestView(),
                        Requests.facts(status, "123456", false, null)));

                Field contents = draft.field("9").orElseThrow();
                assertTrue(contents.filled(), status.name());
                assertTrue(contents.value().contains("summary of expanded access use (treatment completed)"));
                assertTrue(contents.value().contains("adverse effects, 21 CFR 312.310(c)(2)"), contents.value());
            }
        }

        @Test
        void duringTreatmentTheFollowUpContentsAreLeftToThePhysician() {
            Field contents = drafter.draft(new Form3926Input(Requests.completeRequestView(),
                    Requests.facts(CaseStatus.SHIPPED, "123456", false, null))).field("9").orElseThrow();

            assertFalse(contents.filled());
            assertTrue(contents.applicable());
            assertTrue(contents.note().startsWith("To be chosen by the physician"), contents.note());
        }
    }

    @Nested
    class MissingAndOddValues {

        @Test
        void anEmptyRequestLeavesRequestFieldsUnfilledWithTheReason() {
            Form3926Draft draft = drafter.draft(new Form3926Input(Requests.view(Requests.JSON.createObjectNode()),
                    Requests.initialFacts()));

            assertEquals(ALL_FIELDS, draft.fields().stream().map(Field::number).toList());
            for (String number : List.of("1.a", "1.b", "1.c", "1.d", "1.f", "2", "5.b", "5.c", "5.d", "5.e", "5.f",
                    "5.i", "6.c", "8")) {
                Field field = draft.field(number).orElseThrow();
                assertFalse(field.filled(), number);
                assertTrue(draft.unfilled().contains(number), number);
                assertTrue(field.note().startsWith("Not given in the request"), number + ": " + field.note());
            }
            assertEquals("No prior therapy given in the request.", draft.field("5.g").orElseThrow().note());
        }

        @Test
        void noRequestAtAllStillGivesEveryField() {
            Form3926Draft draft = assertDoesNotThrow(() -> drafter.draft(new Form3926Input(null, Requests.initialFacts())));

            assertEquals(ALL_FIELDS, draft.fields().stream().map(Field::number).toList());
        }

        @Test
        void missingCaseFactsAreMarkedToo() {
            CaseFacts bare = new CaseFacts("EA-1", CaseStatus.APPROVED, false, null, null, null, null, null, null);

            Form3926Draft draft = drafter.draft(new Form3926Input(Requests.completeRequestView(), bare));

            assertTrue(draft.unfilled().containsAll(List.of("6.a", "6.b", "7")), draft.unfilled().toString());
            assertTrue(draft.field("7").orElseThrow().note().startsWith("No LOA recorded on the case"));
        }

        @Test
        void withoutASubmissionDateFieldThreeIsTodayInTheSponsorsZone() {
            CaseFacts noDate = new CaseFacts("EA-1", CaseStatus.APPROVED, false, null, null, null, null, "MDMA", "Sponsor");

            Field date = drafter.draft(new Form3926Input(Requests.completeRequestView(), noDate)).field("3").orElseThrow();

            assertEquals("12/09/2026", date.value());
            assertTrue(date.note().contains("change it"), date.note());
        }

        @Test
        void anIncompleteAddressIsNotFilledAndSaysWhatIsMissing() {
            ObjectNode content = Requests.completeContent();
            ((ObjectNode) content.path("physician").path("address")).remove("city");

            Field address = drafter.draft(new Form3926Input(Requests.view(content), Requests.initialFacts()))
                    .field("1.c").orElseThrow();

            assertFalse(address.filled());
            assertEquals("Incomplete in the request (missing: city).", address.note());
        }

        @Test
        void nullsUnknownFieldsStringNumbersAndDateArraysAreReadTolerantly() {
            ObjectNode content = Requests.completeContent();
            ObjectNode patient = (ObjectNode) content.path("patient");
            patient.putNull("initials");
            patient.put("ageYears", "41");
            patient.put("race", "White");
            patient.put("someFutureField", "ignored");
            ObjectNode clinical = (ObjectNode) content.path("clinical");
            clinical.putArray("caps5AssessedOn").add(2026).add(10).add(5);
            ObjectNode physician = (ObjectNode) content.path("physician");
            physician.put("fax", "+1 617 555 0101");
            physician.put("name", "   ");

            Form3926Draft draft = drafter.draft(new Form3926Input(Requests.view(content), Requests.initialFacts()));

            assertFalse(draft.field("2").orElseThrow().filled());
            assertFalse(draft.field("1.a").orElseThrow().filled());
            assertEquals("41 years", draft.field("5.b").orElseThrow().value());
            assertEquals("White", draft.field("5.j").orElseThrow().value());
            assertEquals("+1 617 555 0101", draft.field("1.e").orElseThrow().value());
            assertTrue(draft.field("5.f").orElseThrow().value().contains("(assessed 10/05/2026)"));
        }

        @Test
        void aBareContentObjectIsAcceptedAsTheRequest() {
            Form3926Draft draft = drafter.draft(new Form3926Input(Requests.completeContent(), Requests.initialFacts()));

            assertEquals("JD", draft.field("2").orElseThrow().value());
        }

        @Test
        void fieldsTheRequestMayLaterProvideAreFilledFromIt() {
            ObjectNode content = Requests.completeContent();
            ((ObjectNode) content.path("treatment")).put("toxicityModifications", "Withhold the supplemental dose if systolic >= 160.");
            ((ObjectNode) content.path("site").path("irb")).put("chairConcurrenceRequested", true);

            Form3926Draft draft = drafter.draft(new Form3926Input(Requests.view(content), Requests.initialFacts()));

            assertEquals("Withhold the supplemental dose if systolic >= 160.", draft.field("6.h").orElseThrow().value());
            assertEquals("Checked: review by the IRB chair or a designated member requested (IRB: Riverside IRB).",
                    draft.field("10.b").orElseThrow().value());
            assertEquals(List.of("1.e", "5.j", "5.k", "11"), draft.unfilled());
        }

        @Test
        void aRequestPlanningFewerDosingSessionsChangesScheduleAndDuration() {
            ObjectNode content = Requests.completeContent();
            ((ObjectNode) content.path("treatment")).put("dosingSessions", 2);
            ((ObjectNode) content.path("treatment")).remove("supplementalDoseMg");

            Form3926Draft draft = drafter.draft(new Form3926Input(Requests.view(content), Requests.initialFacts()));

            assertTrue(draft.field("6.e").orElseThrow().value().contains("; 2 dosing sessions"));
            assertTrue(draft.field("6.e").orElseThrow().note().contains("differs from the program's 3"));
            assertTrue(draft.field("6.f").orElseThrow().value().startsWith("About 9 weeks (11 sessions)"),
                    draft.field("6.f").orElseThrow().value());
            assertTrue(draft.field("6.c").orElseThrow().value().contains("no supplemental dose planned"));
        }
    }

    @Test
    void theDraftIsDatedFromTheCaseNotTheClockWhenTheCaseGivesADate() {
        Form3926Draft draft = drafter.draft(new Form3926Input(Requests.completeRequestView(), Requests.initialFacts()));

        assertEquals("12/07/2026", draft.field("3").orElseThrow().value());
        assertEquals(LocalDate.of(2026, 12, 7), Requests.SUBMISSION_DATE);
    }
}
