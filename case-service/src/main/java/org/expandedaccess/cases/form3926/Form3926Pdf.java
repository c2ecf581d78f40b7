package org.expandedaccess.cases.form3926;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Renders a {@link Form3926Draft} as a PDF the physician can review, complete and sign (case-service issue 6:
 * "a PDF ... stating the edition and marking every field the system could not fill"). It is a plain listing of
 * the fields, clearly not the official FDA form: the physician transfers the values to FDA's form or attaches
 * this as a worksheet.
 *
 * <p>US Letter pages (FDA's form is Letter), Helvetica from the standard 14 fonts, so nothing is embedded.
 * Those fonts only encode WinAnsi (Windows-1252); any other character is replaced ({@code ≥} by {@code >=},
 * other symbols and emoji by {@code ?}) rather than failing the rendering.
 */
public final class Form3926Pdf {

    /** Title on the first page; the draft must never pass for the official form. */
    public static final String TITLE =
            "Form FDA 3926 draft - edition 08/22 - NOT an official FDA form; review, complete and sign";
    /** How an unfilled field's value is shown. */
    public static final String NOT_FILLED_MARK = "[NOT FILLED: %s]";

    private static final float MARGIN = 54f;
    private static final float FOOTER_Y = 30f;
    private static final float TITLE_SIZE = 13f;
    private static final float TEXT_SIZE = 10f;
    private static final float NOTE_SIZE = 8f;
    private static final float VALUE_INDENT = 18f;
    private static final Color NOTE_GREY = new Color(90, 90, 90);

    private Form3926Pdf() {
    }

    /** The PDF bytes of the draft. */
    public static byte[] render(Form3926Draft draft) {
        Objects.requireNonNull(draft, "draft");
        try (PDDocument document = new PDDocument()) {
            Writer writer = new Writer(document);
            writer.write(draft);
            writer.close();
            writer.footers(draft);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Form FDA 3926 draft (08/22)" + (draft.caseReference() == null ? "" : " - " + draft.caseReference()));
            info.setSubject("Draft for review; not an official FDA form");
            info.setProducer("expanded-access case-service");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the Form FDA 3926 draft", e);
        }
    }

    /** Lays text out top to bottom, wrapping lines and starting new pages as needed. */
    private static final class Writer {

        private final PDDocument document;
        private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private final WinAnsiText safe = new WinAnsiText(regular);
        private final PDRectangle size = PDRectangle.LETTER;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument document) {
            this.document = document;
        }

        void write(Form3926Draft draft) throws IOException {
            newPage();
            paragraph(TITLE, bold, TITLE_SIZE, 0, Color.BLACK);
            gap(4);
            paragraph("Edition: " + draft.edition(), regular, TEXT_SIZE, 0, Color.BLACK);
            paragraph("Case reference: " + orDash(draft.caseReference()), regular, TEXT_SIZE, 0, Color.BLACK);
            paragraph("Submission type: " + (draft.type() == SubmissionType.FOLLOW_UP
                    ? "follow-up submission (field 4.b)" : "initial submission (field 4.a)"), regular, TEXT_SIZE, 0, Color.BLACK);
            paragraph("Fields still to complete: " + (draft.unfilled().isEmpty() ? "none" : String.join(", ", draft.unfilled()))
                    + ". Fields the system could not fill are marked " + String.format(NOT_FILLED_MARK, "reason") + ".",
                    regular, TEXT_SIZE, 0, Color.BLACK);
            gap(8);
            for (Field field : draft.fields()) {
                ensureRoom(3 * leading(TEXT_SIZE));
                paragraph(field.number() + "  " + field.label(), bold, TEXT_SIZE, 0, Color.BLACK);
                if (field.filled()) {
                    paragraph(orDash(field.value()), regular, TEXT_SIZE, VALUE_INDENT, Color.BLACK);
                    if (field.note() != null) {
                        paragraph("Source: " + field.note(), regular, NOTE_SIZE, VALUE_INDENT, NOTE_GREY);
                    }
                } else {
                    paragraph(String.format(NOT_FILLED_MARK, field.note() == null ? "no reason given" : field.note()),
                            bold, TEXT_SIZE, VALUE_INDENT, Color.BLACK);
                }
                gap(6);
            }
        }

        void footers(Form3926Draft draft) throws IOException {
            int pages = document.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                PDPage page = document.getPage(i);
                try (PDPageContentStream footer = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    footer.beginText();
                    footer.setFont(regular, NOTE_SIZE);
                    footer.setNonStrokingColor(NOTE_GREY);
                    footer.newLineAtOffset(MARGIN, FOOTER_Y);
                    footer.showText(safe.of("Form FDA 3926 draft (08/22), not an official FDA form - case "
                            + orDash(draft.caseReference()) + " - page " + (i + 1) + " of " + pages));
                    footer.endText();
                }
            }
        }

        void close() throws IOException {
            if (stream != null) {
                stream.close();
                stream = null;
            }
        }

        private void newPage() throws IOException {
            close();
            PDPage page = new PDPage(size);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = size.getHeight() - MARGIN;
        }

        private void ensureRoom(float height) throws IOException {
            if (y - height < MARGIN) {
                newPage();
            }
        }

        private void gap(float points) {
            y -= points;
        }

        private void paragraph(String text, PDFont font, float fontSize, float indent, Color color) throws IOException {
            float width = size.getWidth() - 2 * MARGIN - indent;
            for (String line : wrap(safe.of(text), font, fontSize, width)) {
                ensureRoom(leading(fontSize));
                y -= leading(fontSize);
                stream.beginText();
                stream.setFont(font, fontSize);
                stream.setNonStrokingColor(color);
                stream.newLineAtOffset(MARGIN + indent, y);
                stream.showText(line);
                stream.endText();
            }
        }

        private static float leading(float fontSize) {
            return fontSize * 1.35f;
        }

        /** Greedy word wrap; a word wider than the line is cut where it no longer fits. */
        private static List<String> wrap(String text, PDFont font, float fontSize, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            for (String paragraph : text.split("\n", -1)) {
                StringBuilder line = new StringBuilder();
                for (String word : paragraph.split(" ")) {
                    if (word.isEmpty()) {
                        continue;
                    }
                    String candidate = line.length() == 0 ? word : line + " " + word;
                    if (width(candidate, font, fontSize) <= width) {
                        line.setLength(0);
                        line.append(candidate);
                        continue;
                    }
                    if (line.length() > 0) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    String rest = word;
                    while (width(rest, font, fontSize) > width) {
                        int cut = rest.length() - 1;
                        while (cut > 1 && width(rest.substring(0, cut), font, fontSize) > width) {
                            cut--;
                        }
                        lines.add(rest.substring(0, cut));
                        rest = rest.substring(cut);
                    }
                    line.append(rest);
                }
                lines.add(line.toString());
            }
            return lines;
        }

        private static float width(String text, PDFont font, float fontSize) throws IOException {
            return font.getStringWidth(text) / 1000f * fontSize;
        }

        private static String orDash(String s) {
            return s == null || s.isBlank() ? "-" : s;
        }
    }

    /**
     * Makes text safe for a standard 14 font (WinAnsiEncoding): common typographic symbols outside it get an
     * ASCII stand-in, line breaks and tabs become line breaks and spaces, anything else unencodable becomes '?'.
     */
    static final class WinAnsiText {

        private static final Map<Integer, String> STAND_INS = Map.ofEntries(
                Map.entry(0x2265, ">="), Map.entry(0x2264, "<="), Map.entry(0x2260, "!="), Map.entry(0x2248, "~"),
                Map.entry(0x2192, "->"), Map.entry(0x2190, "<-"), Map.entry(0x2212, "-"), Map.entry(0x2010, "-"),
                Map.entry(0x2011, "-"), Map.entry(0x2012, "-"), Map.entry(0x2032, "'"), Map.entry(0x2033, "\""),
                Map.entry(0x00A0, " "), Map.entry(0x2009, " "), Map.entry(0x202F, " "), Map.entry(0x2002, " "),
                Map.entry(0x2003, " "), Map.entry(0x2713, "v"), Map.entry(0x2714, "v"), Map.entry(0x00AD, ""),
                Map.entry(0x200B, ""), Map.entry(0xFEFF, ""));

        private final PDFont font;
        private final Map<Integer, Boolean> encodable = new HashMap<>();

        WinAnsiText(PDFont font) {
            this.font = font;
        }

        String of(String text) {
            if (text == null) {
                return "";
            }
            String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
            StringBuilder out = new StringBuilder(normalised.length());
            normalised.codePoints().forEach(cp -> {
                if (cp == '\n') {
                    out.append('\n');
                } else if (cp == '\t') {
                    out.append(' ');
                } else if (STAND_INS.containsKey(cp)) {
                    out.append(STAND_INS.get(cp));
                } else if (Character.isISOControl(cp)) {
                    out.append(' ');
                } else if (canEncode(cp)) {
                    out.appendCodePoint(cp);
                } else {
                    out.append('?');
                }
            });
            return out.toString();
        }

        private boolean canEncode(int codePoint) {
            return encodable.computeIfAbsent(codePoint, cp -> {
                try {
                    font.encode(new String(Character.toChars(cp)));
                    return true;
                } catch (IllegalArgumentException | IOException e) {
                    return false;
                }
            });
        }
    }
}
