package vn.chiso766.reporting.export.table;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.criteria.Criterion;
import vn.chiso766.domain.unit.Unit;
import vn.chiso766.reporting.export.Labels;
import vn.chiso766.reporting.export.Palette;

/**
 * The ranking as a workbook: a title with scope and period, a frozen header, the ranking screen's columns in its
 * order (rank, movement, unit, total, change, band, the groups, weakest criterion), then the points lost by the
 * weakest criterion and a note (demonstration figures, months covered) as numbers and text the screen shows in
 * badges; units without a report last. Streamed (SXSSF), so a province of thousands of units fits in little
 * memory. The second sheet holds the catalogue and the method.
 */
public final class RankingXlsx {

    static final int HEADER_ROW = 3;
    private static final int WINDOW = 200;

    private RankingXlsx() {}

    public static void write(ComparisonTable table, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            workbook.setCompressTempFiles(true);
            XlsxStyles styles = new XlsxStyles(workbook);
            SXSSFSheet sheet = workbook.createSheet("Xếp hạng");
            XlsxRows rows = new XlsxRows(sheet, styles);
            List<String> headers = headers(table.criteria());
            writeTitle(rows, table, headers.size());
            writeHeader(rows, headers);
            int index = HEADER_ROW + 1;
            for (ComparisonRow row : table.rows()) {
                writeRanked(rows, rows.row(index++), row, table);
            }
            for (Unit unit : table.missing()) {
                writeMissing(rows, rows.row(index++), unit, table.criteria().size());
            }
            configureSheet(sheet, table.criteria().size(), headers.size(), index);
            MethodSheet.write(workbook, styles, table.criteria(), table.thresholds());
            workbook.write(out);
        }
    }

    static List<String> headers(List<Criterion> criteria) {
        List<String> headers = new ArrayList<>(
                List.of(Labels.RANK, Labels.MOVEMENT, Labels.UNIT, Labels.TOTAL, Labels.CHANGE, Labels.BAND));
        criteria.forEach(c -> headers.add(ComparisonText.groupHeader(c)));
        headers.addAll(List.of(Labels.WEAKEST, Labels.POINTS_LOST, "Ghi chú"));
        return headers;
    }

    private static void writeTitle(XlsxRows rows, ComparisonTable table, int columns) {
        Row title = rows.row(0);
        title.createCell(0).setCellValue(table.title());
        title.getCell(0).setCellStyle(rows.styles().title());
        rows.sheet().addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
        Row scope = rows.row(1);
        scope.createCell(0)
                .setCellValue("Đơn vị cấp trên: " + table.scope().name() + " ("
                        + table.scope().code() + "). Kỳ: " + table.period().code() + ". " + table.rankedByText() + ".");
        if (table.hasDemoData()) {
            rows.row(2).createCell(0).setCellValue("Số liệu có ghi chú \"Minh họa\" là số liệu giả định.");
        }
    }

    private static void writeHeader(XlsxRows rows, List<String> headers) {
        Row header = rows.row(HEADER_ROW);
        XlsxStyles.Look look = XlsxStyles.Look.text()
                .coloured(Palette.HEADER)
                .inBold()
                .wrapped()
                .aligned(HorizontalAlignment.CENTER);
        for (int i = 0; i < headers.size(); i++) {
            rows.text(header, i, headers.get(i), look);
        }
    }

    private static void writeRanked(XlsxRows rows, Row line, ComparisonRow row, ComparisonTable table) {
        int column = 0;
        rows.number(line, column++, row.rank(), XlsxStyles.Look.number(XlsxStyles.INTEGER));
        rows.number(
                line,
                column++,
                row.movement(),
                XlsxStyles.Look.number(XlsxStyles.MOVEMENT).aligned(HorizontalAlignment.CENTER));
        rows.text(line, column++, row.unit().name(), XlsxStyles.Look.text());
        rows.number(
                line,
                column++,
                row.total(),
                XlsxStyles.Look.number(XlsxStyles.SCORE).inBold());
        rows.number(line, column++, row.change(), XlsxStyles.Look.number(XlsxStyles.CHANGE));
        rows.text(
                line,
                column++,
                Labels.band(row.band()),
                XlsxStyles.Look.text().coloured(Palette.band(row.band())).aligned(HorizontalAlignment.CENTER));
        for (int g = 0; g < table.criteria().size(); g++) {
            BigDecimal points = row.groups().get(g);
            rows.number(line, column++, points, groupLook(table.criteria().get(g), points));
        }
        rows.text(line, column++, ComparisonText.weakest(row.weakest()), XlsxStyles.Look.text());
        rows.number(
                line,
                column++,
                row.weakest() == null ? null : row.weakest().pointsLost(),
                XlsxStyles.Look.number(XlsxStyles.SCORE));
        rows.text(line, column, ComparisonText.note(row, table.monthsInPeriod()), XlsxStyles.Look.text());
    }

    /** A group's points coloured by attainment with the heatmap's classes, as the heatmap screen colours them. */
    static XlsxStyles.Look groupLook(Criterion criterion, @Nullable BigDecimal points) {
        XlsxStyles.Look look = XlsxStyles.Look.number(XlsxStyles.SCORE);
        if (points == null) {
            return look;
        }
        BigDecimal attainment = points.divide(criterion.maxPoints(), MathContext.DECIMAL64);
        return look.coloured(Palette.Heat.of(attainment).colours());
    }

    private static void writeMissing(XlsxRows rows, Row line, Unit unit, int groups) {
        int column = 0;
        rows.text(line, column++, null, XlsxStyles.Look.text());
        rows.text(line, column++, null, XlsxStyles.Look.text());
        rows.text(line, column++, unit.name(), XlsxStyles.Look.text());
        rows.text(line, column++, null, XlsxStyles.Look.text());
        rows.text(line, column++, null, XlsxStyles.Look.text());
        rows.text(
                line,
                column++,
                Labels.NO_REPORT,
                XlsxStyles.Look.text().coloured(Palette.MISSING).aligned(HorizontalAlignment.CENTER));
        for (int g = 0; g < groups + 3; g++) {
            rows.text(line, column++, null, XlsxStyles.Look.text());
        }
    }

    private static void configureSheet(SXSSFSheet sheet, int groups, int columns, int lastRow) {
        sheet.createFreezePane(3, HEADER_ROW + 1);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, lastRow - 1), 0, columns - 1));
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        int[] widths = {7, 9, 26, 10, 10, 13};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        for (int g = 0; g < groups; g++) {
            sheet.setColumnWidth(widths.length + g, 10 * 256);
        }
        sheet.setColumnWidth(widths.length + groups, 22 * 256);
        sheet.setColumnWidth(widths.length + groups + 1, 10 * 256);
        sheet.setColumnWidth(widths.length + groups + 2, 16 * 256);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }
}
