package vn.chiso766.reporting.export.table;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.chiso766.domain.criteria.Criterion;
import vn.chiso766.domain.heatmap.CriteriaHeatmap;
import vn.chiso766.domain.heatmap.HeatCell;
import vn.chiso766.domain.heatmap.HeatRow;
import vn.chiso766.domain.score.BandThresholds;
import vn.chiso766.domain.unit.Unit;
import vn.chiso766.reporting.export.Labels;
import vn.chiso766.reporting.export.Palette;
import vn.chiso766.reporting.export.VietnameseText;

/**
 * The heatmap screen's units × criteria as a workbook: attainment stored as a number (shown as a percentage), each
 * cell coloured with the screen's classes, each unit's weakest cell marked ▼ and framed, the scope's mean row,
 * then the units without a report. The second sheet holds the catalogue and the method.
 */
public final class HeatmapXlsx {

    private static final int HEADER_ROW = 2;

    private HeatmapXlsx() {}

    public static void write(CriteriaHeatmap heatmap, BandThresholds thresholds, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            XlsxStyles styles = new XlsxStyles(workbook);
            SXSSFSheet sheet = workbook.createSheet("Bản đồ nhiệt");
            XlsxRows rows = new XlsxRows(sheet, styles);
            List<Criterion> criteria = heatmap.ranking().catalogue().criteria();
            writeTitle(rows, heatmap, criteria.size() + 1);
            writeHeader(rows, criteria);
            int r = HEADER_ROW + 1;
            for (HeatRow row : heatmap.rows()) {
                writeUnit(rows, rows.row(r++), row);
            }
            r = writeMean(rows, r, heatmap, criteria);
            for (Unit unit : heatmap.ranking().missing()) {
                Row row = rows.row(r++);
                rows.text(row, 0, unit.name(), XlsxStyles.Look.text());
                rows.text(row, 1, Labels.NO_REPORT, XlsxStyles.Look.text().coloured(Palette.MISSING));
            }
            sheet.createFreezePane(1, HEADER_ROW + 1);
            sheet.setColumnWidth(0, 28 * 256);
            for (int i = 0; i < criteria.size(); i++) {
                sheet.setColumnWidth(i + 1, 11 * 256);
            }
            MethodSheet.write(workbook, styles, criteria, thresholds);
            workbook.write(out);
        }
    }

    private static void writeTitle(XlsxRows rows, CriteriaHeatmap heatmap, int columns) {
        Row title = rows.row(0);
        title.createCell(0)
                .setCellValue("Chỉ số yếu của các đơn vị thuộc "
                        + heatmap.ranking().scope().name() + " — "
                        + VietnameseText.period(heatmap.ranking().period()));
        title.getCell(0).setCellStyle(rows.styles().title());
        rows.sheet().addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
        rows.row(1)
                .createCell(0)
                .setCellValue("Tỷ lệ đạt (điểm ÷ điểm tối đa) của từng nhóm chỉ số; ▼ đánh dấu chỉ số yếu nhất của"
                        + " đơn vị. Đơn vị cấp trên: "
                        + heatmap.ranking().scope().code() + ". Kỳ: "
                        + heatmap.ranking().period().code() + ".");
    }

    private static void writeHeader(XlsxRows rows, List<Criterion> criteria) {
        Row header = rows.row(HEADER_ROW);
        XlsxStyles.Look look = XlsxStyles.Look.text()
                .coloured(Palette.HEADER)
                .inBold()
                .wrapped()
                .aligned(HorizontalAlignment.CENTER);
        rows.text(header, 0, Labels.UNIT, look);
        for (int i = 0; i < criteria.size(); i++) {
            rows.text(header, i + 1, ComparisonText.groupHeader(criteria.get(i)), look);
        }
    }

    private static void writeUnit(XlsxRows rows, Row line, HeatRow row) {
        rows.text(line, 0, row.unit().name(), XlsxStyles.Look.text());
        for (int i = 0; i < row.cells().size(); i++) {
            HeatCell cell = row.cells().get(i);
            XlsxStyles.Look look = XlsxStyles.Look.number(
                            cell.weakest() ? XlsxStyles.WEAKEST_PERCENT : XlsxStyles.PERCENT)
                    .coloured(Palette.Heat.of(cell.attainment()).colours())
                    .aligned(HorizontalAlignment.CENTER);
            rows.number(
                    line,
                    i + 1,
                    cell.attainment(),
                    cell.weakest() ? look.inBold().framedStrongly() : look);
        }
    }

    private static int writeMean(XlsxRows rows, int start, CriteriaHeatmap heatmap, List<Criterion> criteria) {
        if (heatmap.rows().isEmpty()) {
            return start;
        }
        Row mean = rows.row(start);
        rows.text(mean, 0, Labels.MEAN, XlsxStyles.Look.text().inBold());
        for (int i = 0; i < criteria.size(); i++) {
            BigDecimal value = heatmap.meanAttainment().get(criteria.get(i).code());
            XlsxStyles.Look look =
                    XlsxStyles.Look.number(XlsxStyles.PERCENT).inBold().aligned(HorizontalAlignment.CENTER);
            rows.number(
                    mean,
                    i + 1,
                    value,
                    value == null ? look : look.coloured(Palette.Heat.of(value).colours()));
        }
        Criterion weakest = heatmap.ranking().catalogue().get(heatmap.weakestAcrossScope());
        rows.row(start + 1)
                .createCell(0)
                .setCellValue("Nhóm chỉ số yếu nhất toàn địa bàn: " + weakest.code() + " — " + weakest.nameVi());
        return start + 3;
    }
}
