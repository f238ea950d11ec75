package vn.chiso766.reporting.export.table;

import java.awt.Color;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import vn.chiso766.domain.criteria.Criterion;
import vn.chiso766.domain.score.BandThresholds;
import vn.chiso766.domain.unit.Unit;
import vn.chiso766.reporting.export.Labels;
import vn.chiso766.reporting.export.PageNumbers;
import vn.chiso766.reporting.export.Palette;
import vn.chiso766.reporting.export.PdfFonts;
import vn.chiso766.reporting.export.VietnameseText;

/**
 * The ranking as a printable PDF: A4 landscape, the fonts embedded, on every page a header with title, scope and
 * period and the page number ("Trang 1/3"), the table's header row repeated on each page. The cells read as on
 * screen (decimal comma, ▲/▼ movement, band and group colours). Rows are flushed to the file in chunks, so a
 * province of thousands of units does not build the whole table in memory.
 */
public final class RankingPdf {

    private static final int CHUNK = 100;
    private static final float SIZE = 8;

    private RankingPdf() {}

    public static void write(ComparisonTable table, OutputStream out) {
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 62, 40);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PageNumbers(
                List.of(
                        table.title(),
                        "Đơn vị cấp trên: " + table.scope().name() + " ("
                                + table.scope().code() + ") — Kỳ: " + VietnameseText.period(table.period()) + " — "
                                + table.rankedByText()),
                true));
        document.addTitle(table.title());
        document.open();
        if (table.hasDemoData()) {
            document.add(new Paragraph(
                    "Số liệu có ghi chú \"Minh họa\" là số liệu giả định.", PdfFonts.font(PdfFonts.Face.SANS, SIZE)));
        }
        PdfPTable grid = grid(table.criteria());
        grid.setComplete(false);
        int added = 0;
        for (ComparisonRow row : table.rows()) {
            addRanked(grid, row, table);
            if (++added % CHUNK == 0) {
                document.add(grid);
            }
        }
        for (Unit unit : table.missing()) {
            addMissing(grid, unit, table.criteria().size());
            if (++added % CHUNK == 0) {
                document.add(grid);
            }
        }
        grid.setComplete(true);
        document.add(grid);
        document.add(legend(table.thresholds()));
        document.close();
    }

    private static PdfPTable grid(List<Criterion> criteria) {
        int columns = 8 + criteria.size();
        float[] widths = new float[columns];
        float[] fixed = {4, 5, 17, 6, 6, 9};
        System.arraycopy(fixed, 0, widths, 0, fixed.length);
        for (int i = 0; i < criteria.size(); i++) {
            widths[fixed.length + i] = 5.5f;
        }
        widths[columns - 2] = 12;
        widths[columns - 1] = 8;
        PdfPTable grid = new PdfPTable(widths);
        grid.setWidthPercentage(100);
        grid.setHeaderRows(1);
        grid.setSpacingBefore(4);
        Font bold = PdfFonts.font(PdfFonts.Face.SANS_BOLD, SIZE);
        RankingXlsx.headers(criteria).stream()
                .filter(h -> !h.equals(Labels.POINTS_LOST))
                .forEach(h -> grid.addCell(cell(h, bold, Palette.HEADER, Element.ALIGN_CENTER)));
        return grid;
    }

    private static void addRanked(PdfPTable grid, ComparisonRow row, ComparisonTable table) {
        Font plain = PdfFonts.font(PdfFonts.Face.SANS, SIZE);
        grid.addCell(cell(Integer.toString(row.rank()), plain, null, Element.ALIGN_RIGHT));
        grid.addCell(cell(ComparisonText.movement(row.movement()), plain, null, Element.ALIGN_CENTER));
        grid.addCell(cell(row.unit().name(), plain, null, Element.ALIGN_LEFT));
        grid.addCell(cell(
                VietnameseText.score(row.total()),
                PdfFonts.font(PdfFonts.Face.SANS_BOLD, SIZE),
                null,
                Element.ALIGN_RIGHT));
        grid.addCell(cell(
                row.change() == null ? "" : VietnameseText.signed(row.change()), plain, null, Element.ALIGN_RIGHT));
        Palette.Colours band = Palette.band(row.band());
        grid.addCell(cell(Labels.band(row.band()), coloured(band), band, Element.ALIGN_CENTER));
        for (int g = 0; g < table.criteria().size(); g++) {
            grid.addCell(groupCell(table.criteria().get(g), row.groups().get(g)));
        }
        grid.addCell(cell(ComparisonText.weakest(row.weakest()), plain, null, Element.ALIGN_LEFT));
        grid.addCell(cell(ComparisonText.note(row, table.monthsInPeriod()), plain, null, Element.ALIGN_LEFT));
    }

    private static PdfPCell groupCell(Criterion criterion, @Nullable BigDecimal points) {
        if (points == null) {
            return cell("", PdfFonts.font(PdfFonts.Face.SANS, SIZE), null, Element.ALIGN_RIGHT);
        }
        Palette.Colours colours = Palette.Heat.of(points.divide(criterion.maxPoints(), MathContext.DECIMAL64))
                .colours();
        return cell(VietnameseText.score(points), coloured(colours), colours, Element.ALIGN_RIGHT);
    }

    private static void addMissing(PdfPTable grid, Unit unit, int groups) {
        Font plain = PdfFonts.font(PdfFonts.Face.SANS, SIZE);
        grid.addCell(cell("", plain, null, Element.ALIGN_RIGHT));
        grid.addCell(cell("", plain, null, Element.ALIGN_RIGHT));
        grid.addCell(cell(unit.name(), plain, null, Element.ALIGN_LEFT));
        grid.addCell(cell("", plain, null, Element.ALIGN_RIGHT));
        grid.addCell(cell("", plain, null, Element.ALIGN_RIGHT));
        grid.addCell(cell(Labels.NO_REPORT, coloured(Palette.MISSING), Palette.MISSING, Element.ALIGN_CENTER));
        for (int i = 0; i < groups + 2; i++) {
            grid.addCell(cell("", plain, null, Element.ALIGN_RIGHT));
        }
    }

    private static Paragraph legend(BandThresholds t) {
        Paragraph legend = new Paragraph(
                "Xếp loại: Xuất sắc từ " + VietnameseText.figure(t.excellent()) + " điểm; Tốt từ "
                        + VietnameseText.figure(t.good()) + "; Khá từ " + VietnameseText.figure(t.fair())
                        + "; Trung bình từ " + VietnameseText.figure(t.average()) + "; Yếu dưới "
                        + VietnameseText.figure(t.average())
                        + ". Xếp hạng thi đấu (1, 2, 2, 4) theo tổng điểm làm tròn hai chữ số thập phân. Màu ô"
                        + " nhóm chỉ số theo tỷ lệ đạt (điểm ÷ điểm tối đa): từ 95 %, 90 %, 80 %, 70 %, 50 % và"
                        + " dưới 50 %. Chỉ số yếu nhất: nhóm có tỷ lệ đạt thấp nhất (trong ngoặc: điểm bị mất).",
                PdfFonts.font(PdfFonts.Face.SANS, 7));
        legend.setSpacingBefore(6);
        return legend;
    }

    private static Font coloured(Palette.Colours colours) {
        return PdfFonts.font(PdfFonts.Face.SANS, SIZE, PdfFonts.colour(colours.text()));
    }

    private static PdfPCell cell(String text, Font font, Palette.@Nullable Colours colours, int align) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(align);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(2.5f);
        cell.setBorderColor(new Color(0xBBBBBB));
        if (colours != null) {
            cell.setBackgroundColor(PdfFonts.colour(colours.background()));
        }
        return cell;
    }
}
