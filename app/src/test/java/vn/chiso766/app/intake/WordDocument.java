package vn.chiso766.app.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** A report text written as a Word document with Apache POI: a paragraph per line, tab-separated rows as a table. */
final class WordDocument {

    private WordDocument() {}

    static byte[] of(String text) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            List<String[]> rows = new ArrayList<>();
            for (String line : text.split("\n", -1)) {
                String[] cells = line.split("\t");
                if (cells.length >= 3) {
                    rows.add(cells);
                    continue;
                }
                table(document, rows);
                document.createParagraph().createRun().setText(line);
            }
            table(document, rows);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XWPFDocument document, List<String[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        XWPFTable table = document.createTable(rows.size(), rows.getFirst().length);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).length; c++) {
                table.getRow(r)
                        .getCell(c)
                        .getParagraphs()
                        .getFirst()
                        .createRun()
                        .setText(rows.get(r)[c]);
            }
        }
        rows.clear();
    }
}
