package vn.chiso766.reporting.export.document;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import vn.chiso766.domain.report.Signer;

/**
 * Writes an {@link OfficialDocument} as DOCX: A4, margins of Decree 30/2020/NĐ-CP (top and bottom 20 mm, left
 * 30 mm, right 15 mm), Times New Roman 13–14 pt, the two header blocks and the footer as borderless two-column
 * tables, the body's tables as real tables.
 */
public final class DocxRenderer {

    static final String FONT = "Times New Roman";
    private static final int BODY = 14;
    private static final int HEADER = 13;
    private static final int TWIPS_PER_MM = 57;
    /** A4 (210 mm) less the left (30 mm) and right (15 mm) margins. */
    private static final int TEXT_WIDTH = 165 * TWIPS_PER_MM;

    private DocxRenderer() {}

    public static void write(OfficialDocument doc, OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            configurePage(document);
            header(document, doc);
            title(document, doc);
            for (OfficialDocument.Block block : doc.body()) {
                block(document, block);
            }
            footer(document, doc.recipients(), doc.signer());
            document.write(out);
        }
    }

    private static void configurePage(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(20 * TWIPS_PER_MM));
        margins.setBottom(BigInteger.valueOf(20 * TWIPS_PER_MM));
        margins.setLeft(BigInteger.valueOf(30 * TWIPS_PER_MM));
        margins.setRight(BigInteger.valueOf(15 * TWIPS_PER_MM));
    }

    private static void header(XWPFDocument document, OfficialDocument doc) {
        XWPFTable table = borderless(document, 2, 38, 62);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph first = left.getParagraphs().getFirst();
        if (doc.parentBody() != null) {
            run(centred(first), doc.parentBody(), HEADER, false, false);
            first = centred(left.addParagraph());
        }
        run(centred(first), doc.issuingBody(), HEADER, true, false);
        run(centred(left.addParagraph()), "————", 8, false, false);
        run(centred(left.addParagraph()), doc.numberLine(), HEADER, false, false);
        run(centred(right.getParagraphs().getFirst()), OfficialDocument.MOTTO, 12, true, false);
        XWPFRun motto = run(centred(right.addParagraph()), OfficialDocument.MOTTO_SUB, HEADER, true, false);
        motto.setUnderline(UnderlinePatterns.SINGLE);
        XWPFParagraph date = centred(right.addParagraph());
        date.setSpacingBefore(120);
        run(date, doc.placeAndDate(), HEADER, false, true);
    }

    private static void title(XWPFDocument document, OfficialDocument doc) {
        XWPFParagraph kind = centred(document.createParagraph());
        kind.setSpacingBefore(360);
        run(kind, doc.kind(), BODY, true, false);
        XWPFParagraph title = centred(document.createParagraph());
        title.setSpacingAfter(240);
        run(title, doc.title(), BODY, true, false);
    }

    private static void block(XWPFDocument document, OfficialDocument.Block block) {
        switch (block) {
            case OfficialDocument.Heading heading -> {
                XWPFParagraph p = body(document);
                p.setSpacingBefore(120);
                run(p, heading.text(), BODY, true, false);
            }
            case OfficialDocument.Text text -> {
                XWPFParagraph p = body(document);
                p.setFirstLineIndent(567);
                run(p, text.text(), BODY, false, false);
            }
            case OfficialDocument.Bullets bullets ->
                bullets.items().forEach(item -> {
                    XWPFParagraph p = body(document);
                    p.setFirstLineIndent(567);
                    run(p, "- " + item, BODY, false, false);
                });
            case OfficialDocument.Table table -> table(document, table);
        }
    }

    private static XWPFParagraph body(XWPFDocument document) {
        XWPFParagraph p = document.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setSpacingAfter(60);
        return p;
    }

    private static void table(XWPFDocument document, OfficialDocument.Table block) {
        XWPFTable table =
                document.createTable(block.rows().size() + 1, block.header().size());
        table.setWidth("100%");
        int total = block.widths().stream().mapToInt(Integer::intValue).sum();
        fill(table.getRow(0), block.header(), block.widths(), total, true);
        for (int r = 0; r < block.rows().size(); r++) {
            fill(table.getRow(r + 1), block.rows().get(r), block.widths(), total, false);
        }
        table.getRow(0).setRepeatHeader(true);
        document.createParagraph();
    }

    private static void fill(XWPFTableRow row, List<String> cells, List<Integer> widths, int total, boolean bold) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            cell.setWidth(Integer.toString(TEXT_WIDTH * widths.get(c) / total));
            XWPFParagraph p = cell.getParagraphs().getFirst();
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, cells.get(c), 11, bold, false);
        }
    }

    private static void footer(XWPFDocument document, List<String> recipients, Signer signer) {
        document.createParagraph();
        XWPFTable table = borderless(document, 2, 50, 50);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        run(left.getParagraphs().getFirst(), "Nơi nhận:", 12, true, true);
        recipients.forEach(r -> run(left.addParagraph(), "- " + r, 11, false, false));
        XWPFParagraph first = centred(right.getParagraphs().getFirst());
        if (!signer.authority().isBlank()) {
            run(first, signer.authority(), BODY, true, false);
            first = centred(right.addParagraph());
        }
        run(first, signer.position(), BODY, true, false);
        for (int i = 0; i < 4; i++) {
            right.addParagraph();
        }
        run(centred(right.addParagraph()), signer.name(), BODY, true, false);
    }

    private static XWPFTable borderless(XWPFDocument document, int columns, int... percents) {
        XWPFTable table = document.createTable(1, columns);
        table.setWidth("100%");
        table.removeBorders();
        grid(table, percents, 100);
        for (int c = 0; c < columns; c++) {
            table.getRow(0).getCell(c).setWidth(Integer.toString(TEXT_WIDTH * percents[c] / 100));
        }
        return table;
    }

    /** Column widths in twips in the table grid: Word reads the cells' widths, LibreOffice the grid's. */
    private static void grid(XWPFTable table, int[] widths, int total) {
        CTTblGrid grid = table.getCTTbl().getTblGrid();
        if (grid == null) {
            grid = table.getCTTbl().addNewTblGrid();
        }
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf((long) TEXT_WIDTH * width / total));
        }
    }

    private static XWPFParagraph centred(XWPFParagraph paragraph) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        return paragraph;
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
        return run;
    }
}
