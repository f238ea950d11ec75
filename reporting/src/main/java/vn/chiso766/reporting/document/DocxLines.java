package vn.chiso766.reporting.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The lines of a Word document in reading order. Official letters (Decree 30/2020/NĐ-CP) lay out the header
 * (issuing body | national motto) and the footer (recipients | signature) as borderless two-column tables: those
 * are read column by column, each paragraph a line. A table of figures (a row mostly of numbers) is read row by
 * row, each row a line with its cells.
 */
final class DocxLines {

    private DocxLines() {}

    static List<DocumentLine> of(byte[] bytes) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<DocumentLine> lines = new ArrayList<>();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    addParagraph(lines, paragraph);
                } else if (element instanceof XWPFTable table) {
                    addTable(lines, table);
                }
            }
            while (!lines.isEmpty() && lines.getLast().isBlank()) {
                lines.removeLast();
            }
            return lines;
        }
    }

    private static void addParagraph(List<DocumentLine> lines, XWPFParagraph paragraph) {
        // A manual line break inside a paragraph starts a new line, as the reader sees it.
        for (String text : paragraph.getText().split("\\R", -1)) {
            lines.add(DocumentLine.text(lines.size() + 1, text.strip()));
        }
    }

    private static void addTable(List<DocumentLine> lines, XWPFTable table) {
        if (isFigures(table)) {
            for (XWPFTableRow row : table.getRows()) {
                List<String> cells =
                        row.getTableCells().stream().map(DocxLines::cellText).toList();
                lines.add(new DocumentLine(lines.size() + 1, String.join(" | ", cells), cells));
            }
            return;
        }
        int columns = table.getRows().stream()
                .mapToInt(r -> r.getTableCells().size())
                .max()
                .orElse(0);
        for (int column = 0; column < columns; column++) {
            for (XWPFTableRow row : table.getRows()) {
                if (column < row.getTableCells().size()) {
                    row.getCell(column).getParagraphs().forEach(p -> addParagraph(lines, p));
                }
            }
        }
    }

    private static boolean isFigures(XWPFTable table) {
        return table.getRows().stream().anyMatch(row -> {
            List<XWPFTableCell> cells = row.getTableCells();
            long numeric = cells.stream()
                    .map(DocxLines::cellText)
                    .filter(FiguresParser::looksNumeric)
                    .count();
            return cells.size() >= TextLines.MIN_CELLS && numeric * 2 >= cells.size();
        });
    }

    private static String cellText(XWPFTableCell cell) {
        return cell.getText().replaceAll("\\s+", " ").strip();
    }
}
