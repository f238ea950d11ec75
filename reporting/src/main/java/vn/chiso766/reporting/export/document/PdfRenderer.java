package vn.chiso766.reporting.export.document;

import java.awt.Color;
import java.io.OutputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import vn.chiso766.domain.report.Signer;
import vn.chiso766.reporting.export.PageNumbers;
import vn.chiso766.reporting.export.PdfFonts;
import vn.chiso766.reporting.export.PdfFonts.Face;

/**
 * Writes an {@link OfficialDocument} as PDF in the same layout as the DOCX: A4 portrait with the margins of
 * Decree 30/2020/NĐ-CP, Liberation Serif (the metrics of Times New Roman) embedded, the page number at the foot.
 */
public final class PdfRenderer {

    private static final float MM = 72f / 25.4f;
    private static final float BODY = 13;
    private static final float HEADER = 12;

    private PdfRenderer() {}

    public static void write(OfficialDocument doc, OutputStream out) {
        Document document = new Document(PageSize.A4, 30 * MM, 15 * MM, 20 * MM, 20 * MM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PageNumbers(List.of(), false));
        document.addTitle(doc.kind() + " " + doc.title());
        document.open();
        document.add(header(doc));
        document.add(title(doc));
        for (OfficialDocument.Block block : doc.body()) {
            for (Element element : block(block)) {
                document.add(element);
            }
        }
        document.add(footer(doc.recipients(), doc.signer()));
        document.close();
    }

    private static PdfPTable header(OfficialDocument doc) {
        PdfPTable table = borderless(new float[] {38, 62});
        PdfPCell left = blank();
        if (doc.parentBody() != null) {
            left.addElement(centred(doc.parentBody(), PdfFonts.font(Face.SERIF, HEADER)));
        }
        left.addElement(centred(doc.issuingBody(), PdfFonts.font(Face.SERIF_BOLD, HEADER)));
        left.addElement(centred("————", PdfFonts.font(Face.SERIF, 8)));
        left.addElement(centred(doc.numberLine(), PdfFonts.font(Face.SERIF, HEADER)));
        PdfPCell right = blank();
        right.addElement(centred(OfficialDocument.MOTTO, PdfFonts.font(Face.SERIF_BOLD, HEADER)));
        Font motto = PdfFonts.font(Face.SERIF_BOLD, BODY);
        motto.setStyle(Font.UNDERLINE);
        right.addElement(centred(OfficialDocument.MOTTO_SUB, motto));
        Paragraph date = centred(doc.placeAndDate(), PdfFonts.font(Face.SERIF_ITALIC, BODY));
        date.setSpacingBefore(6);
        right.addElement(date);
        table.addCell(left);
        table.addCell(right);
        return table;
    }

    private static Paragraph title(OfficialDocument doc) {
        Paragraph title = centred(doc.kind(), PdfFonts.font(Face.SERIF_BOLD, BODY + 1));
        title.setSpacingBefore(18);
        title.add(Chunk.NEWLINE);
        title.add(new Chunk(doc.title(), PdfFonts.font(Face.SERIF_BOLD, BODY + 1)));
        title.setSpacingAfter(12);
        return title;
    }

    private static List<Element> block(OfficialDocument.Block block) {
        return switch (block) {
            case OfficialDocument.Heading heading -> {
                Paragraph p = bodyParagraph(heading.text(), PdfFonts.font(Face.SERIF_BOLD, BODY));
                p.setSpacingBefore(6);
                yield List.of(p);
            }
            case OfficialDocument.Text text -> List.of(indented(text.text()));
            case OfficialDocument.Bullets bullets ->
                bullets.items().stream()
                        .map(item -> (Element) indented("- " + item))
                        .toList();
            case OfficialDocument.Table table -> List.of(table(table));
        };
    }

    private static Paragraph indented(String text) {
        Paragraph p = bodyParagraph(text, PdfFonts.font(Face.SERIF, BODY));
        p.setFirstLineIndent(10 * MM);
        return p;
    }

    private static Paragraph bodyParagraph(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setSpacingAfter(3);
        p.setLeading(BODY * 1.3f);
        return p;
    }

    private static PdfPTable table(OfficialDocument.Table block) {
        float[] widths = new float[block.widths().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = block.widths().get(i);
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        Font bold = PdfFonts.font(Face.SERIF_BOLD, 10);
        Font plain = PdfFonts.font(Face.SERIF, 10);
        block.header().forEach(h -> table.addCell(cell(h, bold, new Color(0xEEEEEE))));
        block.rows().forEach(row -> row.forEach(value -> table.addCell(cell(value, plain, null))));
        return table;
    }

    private static PdfPCell cell(String text, Font font, @Nullable Color background) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(3);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }

    private static PdfPTable footer(List<String> recipients, Signer signer) {
        PdfPTable table = borderless(new float[] {50, 50});
        table.setSpacingBefore(12);
        table.setKeepTogether(true);
        PdfPCell left = blank();
        left.addElement(new Paragraph("Nơi nhận:", PdfFonts.font(Face.SERIF_BOLD_ITALIC, HEADER)));
        recipients.forEach(r -> left.addElement(new Paragraph("- " + r, PdfFonts.font(Face.SERIF, 11))));
        PdfPCell right = blank();
        if (!signer.authority().isBlank()) {
            right.addElement(centred(signer.authority(), PdfFonts.font(Face.SERIF_BOLD, BODY)));
        }
        right.addElement(centred(signer.position(), PdfFonts.font(Face.SERIF_BOLD, BODY)));
        Paragraph name = centred(signer.name().isBlank() ? " " : signer.name(), PdfFonts.font(Face.SERIF_BOLD, BODY));
        name.setSpacingBefore(60);
        right.addElement(name);
        table.addCell(left);
        table.addCell(right);
        return table;
    }

    private static PdfPTable borderless(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        return table;
    }

    private static PdfPCell blank() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    private static Paragraph centred(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setLeading(font.getSize() * 1.25f);
        return p;
    }
}
