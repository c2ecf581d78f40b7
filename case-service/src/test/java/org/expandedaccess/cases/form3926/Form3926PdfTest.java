package org.expandedaccess.cases.form3926;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.expandedaccess.cases.treatment.TreatmentProgram;
import org.junit.jupiter.api.Test;

class Form3926PdfTest {

    private final Form3926Drafter drafter = new Form3926Drafter(TreatmentProgram.mdmaPtsd(),
            Clock.fixed(Instant.parse("2026-12-07T15:00:00Z"), ZoneOffset.UTC));
    private final Form3926Draft complete = drafter.draft(new Form3926Input(Requests.completeRequestView(),
            Requests.initialFacts()));

    @Test
    void pdfOpensAndStatesTitleEditionReferenceAndSubmissionType() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Form3926Pdf.render(complete))) {
            String text = text(pdf, 1, pdf.getNumberOfPages());

            assertTrue(text.contains("Form FDA 3926 draft - edition 08/22 - NOT an official FDA form; review, complete and sign"), text);
            assertTrue(text.contains("Edition: FDA Form 3926 (08/22)"));
            assertTrue(text.contains("Case reference: EA-2026-0042"));
            assertTrue(text.contains("initial submission (field 4.a)"));
            assertEquals(PDRectangle.LETTER.getWidth(), pdf.getPage(0).getMediaBox().getWidth());
        }
    }

    @Test
    void pdfShowsEveryFilledValueOfTheCompleteCase() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Form3926Pdf.render(complete))) {
            // a value may run over a page break, where the footer stands between its lines
            String text = text(pdf, 1, pdf.getNumberOfPages())
                    .replaceAll("Form FDA 3926 draft \\(08/22\\), not an official FDA form - case \\S+ - page \\d+ of \\d+ ", "");

            for (Field field : complete.fields()) {
                assertTrue(text.contains(field.number() + " " + field.label()), "label of " + field.number());
                if (field.filled()) {
                    assertTrue(text.contains(field.value()), "value of " + field.number() + ": " + field.value());
                }
            }
        }
    }

    @Test
    void pdfMarksEveryUnfilledFieldWithItsReason() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Form3926Pdf.render(complete))) {
            String text = text(pdf, 1, pdf.getNumberOfPages());

            long unfilled = complete.fields().stream().filter(f -> !f.filled()).count();
            // One mark per unfilled field, plus the legend at the top that explains the mark.
            assertEquals(unfilled + 1, count(text, "[NOT FILLED: "));
            assertTrue(text.contains("[NOT FILLED: To be signed and dated by the physician; the system never signs or certifies.]"));
            assertTrue(text.contains("[NOT FILLED: Not given in the request (intake does not ask for a fax number)"));
            assertTrue(text.contains("Fields still to complete: 1.e, 5.j, 5.k, 6.h, 10.b, 11."));
        }
    }

    @Test
    void charactersOutsideWinAnsiAreReplacedInsteadOfFailing() throws IOException {
        Form3926Draft draft = withField(complete, Field.filled("6.h", "Modifications in the event of toxicity",
                "Withhold if systolic \u2265 160 \uD83D\uDE00 or temperature \u2265 38.5 \u00B0C \u2014 call \u201Cdr\u201D\ttoday",
                "Request"));

        try (PDDocument pdf = Loader.loadPDF(Form3926Pdf.render(draft))) {
            String text = text(pdf, 1, pdf.getNumberOfPages());

            assertTrue(text.contains("Withhold if systolic >= 160 ? or temperature >= 38.5 \u00B0C \u2014 call \u201Cdr\u201D today"), text);
        }
    }

    @Test
    void longTextWrapsWithinThePageAndRunsOntoANewPage() throws IOException {
        StringBuilder longReason = new StringBuilder();
        for (int i = 1; i <= 700; i++) {
            longReason.append("word").append(i).append(' ');
        }
        longReason.append("LAST-WORD-OF-REASON");
        Form3926Draft draft = withField(complete, Field.filled("5.h", "Reason for the request (why this drug)",
                longReason.toString(), "Request"));

        int pagesBefore;
        try (PDDocument pdf = Loader.loadPDF(Form3926Pdf.render(complete))) {
            pagesBefore = pdf.getNumberOfPages();
        }
        try (PDDocument pdf = Loader.loadPDF(Form3926Pdf.render(draft))) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages > pagesBefore, "long text adds a page");
            int firstWordPage = pageOf(pdf, "word1 ");
            int lastWordPage = pageOf(pdf, "LAST-WORD-OF-REASON");
            assertTrue(firstWordPage > 0 && lastWordPage > firstWordPage,
                    "starts on page " + firstWordPage + ", ends on page " + lastWordPage);
            String withoutFooters = text(pdf, 1, pages)
                    .replaceAll("Form FDA 3926 draft \\(08/22\\), not an official FDA form - case \\S+ - page \\d+ of \\d+ ", "");
            assertTrue(withoutFooters.contains(longReason.toString()), "wrapped at spaces, nothing lost");
            assertTrue(text(pdf, pages, pages).contains("page " + pages + " of " + pages));
        }
    }

    @Test
    void aWordWiderThanTheLineIsCutRatherThanRunningOffThePage() throws IOException {
        String token = "x".repeat(400);
        Form3926Draft draft = withField(complete, Field.filled("1.f", "E-mail address of physician", token, "Request"));

        try (PDDocument pdf = Loader.loadPDF(Form3926Pdf.render(draft))) {
            String raw = new PDFTextStripper().getText(pdf);

            assertEquals(400, raw.chars().filter(c -> c == 'x').count() - countOutsideToken(raw));
            assertFalse(raw.contains(token), "cut over several lines");
        }
    }

    private static long countOutsideToken(String raw) {
        // 'x' occurs elsewhere in the text (e.g. "expanded"); count those by removing the runs of x.
        return raw.replaceAll("x{5,}", "").chars().filter(c -> c == 'x').count();
    }

    private static Form3926Draft withField(Form3926Draft draft, Field replacement) {
        List<Field> fields = new ArrayList<>(draft.fields());
        fields.replaceAll(f -> f.number().equals(replacement.number()) ? replacement : f);
        return new Form3926Draft(draft.edition(), draft.type(), draft.caseReference(), fields, draft.unfilled());
    }

    /** The text of pages from..to with line breaks and repeated spaces folded, as a reader would read it. */
    private static String text(PDDocument pdf, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(pdf).replaceAll("\\s+", " ");
    }

    private static int pageOf(PDDocument pdf, String needle) throws IOException {
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            if (text(pdf, page, page).contains(needle)) {
                return page;
            }
        }
        return 0;
    }

    private static long count(String text, String needle) {
        long n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
