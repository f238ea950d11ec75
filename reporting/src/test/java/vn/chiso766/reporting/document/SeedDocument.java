package vn.chiso766.reporting.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The seed report as this project knows it (the text of the app's {@code demo.SeedReport}), as the text fixture
 * and as a Word document made here with Apache POI: the header and the footer are borderless two-column tables
 * as in an official letter, and the operational figures are a real Word table.
 */
final class SeedDocument {

    static final String FILE = "seed-report.txt";

    /** Lines of the fixture (1-based numbers as in the file): header 1–6, figures 14–15, footer 37–45. */
    private static final int HEADER_LEFT_END = 3;

    private static final int HEADER_END = 6;
    private static final int TABLE_START = 14;
    private static final int TABLE_END = 15;
    private static final int FOOTER_START = 37;
    private static final int SIGNATURE_START = 41;

    private SeedDocument() {}

    static String text() {
        try (InputStream in = SeedDocument.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    static List<String> lines() {
        return text().lines().toList();
    }

    /** The fixture's text with one line replaced (1-based), for the bad-input tests. */
    static String withLine(int number, String replacement) {
        List<String> lines = new java.util.ArrayList<>(lines());
        lines.set(number - 1, replacement);
        return String.join("\n", lines) + "\n";
    }

    static String withoutLine(int number) {
        List<String> lines = new java.util.ArrayList<>(lines());
        lines.remove(number - 1);
        return String.join("\n", lines) + "\n";
    }

    static byte[] docx() {
        return docx(lines());
    }

    static byte[] docx(List<String> lines) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            layout(document, lines.subList(0, HEADER_LEFT_END), lines.subList(HEADER_LEFT_END, HEADER_END));
            lines.subList(HEADER_END, TABLE_START - 1).forEach(l -> paragraph(document, l));
            figures(document, lines.subList(TABLE_START - 1, TABLE_END));
            lines.subList(TABLE_END, FOOTER_START - 1).forEach(l -> paragraph(document, l));
            layout(
                    document,
                    lines.subList(FOOTER_START - 1, SIGNATURE_START - 1),
                    lines.subList(SIGNATURE_START - 1, lines.size()));
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void paragraph(XWPFDocument document, String text) {
        document.createParagraph().createRun().setText(text);
    }

    /** A borderless table of one row and two cells, each cell a paragraph per line. */
    private static void layout(XWPFDocument document, List<String> left, List<String> right) {
        XWPFTable table = document.createTable(1, 2);
        table.removeBorders();
        fill(table.getRow(0).getCell(0), left);
        fill(table.getRow(0).getCell(1), right);
    }

    private static void fill(XWPFTableCell cell, List<String> lines) {
        cell.getParagraphs().getFirst().createRun().setText(lines.getFirst());
        lines.stream().skip(1).forEach(l -> cell.addParagraph().createRun().setText(l));
    }

    /** The figures as a real table: one row of labels, one of numbers, a cell per tab-separated value. */
    private static void figures(XWPFDocument document, List<String> rows) {
        int columns = rows.getFirst().split("\t").length;
        XWPFTable table = document.createTable(rows.size(), columns);
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            String[] cells = rows.get(r).split("\t");
            for (int c = 0; c < columns; c++) {
                row.getCell(c).getParagraphs().getFirst().createRun().setText(cells[c]);
            }
        }
    }
}
