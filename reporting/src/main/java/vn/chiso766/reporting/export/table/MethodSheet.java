package vn.chiso766.reporting.export.table;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import vn.chiso766.domain.criteria.Criterion;
import vn.chiso766.domain.score.Band;
import vn.chiso766.domain.score.BandThresholds;
import vn.chiso766.reporting.export.Labels;
import vn.chiso766.reporting.export.Palette;
import vn.chiso766.reporting.export.VietnameseText;

/**
 * The second sheet: the criterion catalogue and the method (bands and their thresholds, the competition ranking
 * rule, attainment and the weakest criterion, the colours), so that a table read away from the screen explains
 * itself. The rules are those of DOMAIN.md "Bands", "Ranking" and "Weakest criterion".
 */
final class MethodSheet {

    static final String NAME = "Phương pháp";

    private MethodSheet() {}

    static void write(Workbook workbook, XlsxStyles styles, List<Criterion> criteria, BandThresholds thresholds) {
        Sheet sheet = workbook.createSheet(NAME);
        XlsxRows rows = new XlsxRows(sheet, styles);
        sheet.setColumnWidth(0, 12 * 256);
        sheet.setColumnWidth(1, 60 * 256);
        sheet.setColumnWidth(2, 14 * 256);
        int r = 0;
        Row title = rows.row(r++);
        title.createCell(0).setCellValue("Danh mục nhóm chỉ số và phương pháp xếp hạng");
        title.getCell(0).setCellStyle(styles.title());
        rows.row(r++)
                .createCell(0)
                .setCellValue("Bộ chỉ số phục vụ người dân, doanh nghiệp theo Quyết định số 766/QĐ-TTg ngày"
                        + " 23/6/2022 của Thủ tướng Chính phủ.");
        r = catalogue(rows, r + 1, criteria);
        r = bands(rows, r + 1, thresholds);
        r = paragraphs(rows, r + 1, "Cách xếp hạng", RULES);
        r = heatLegend(rows, r + 1);
    }

    private static final List<String> RULES = List.of(
            "Xếp hạng theo tổng điểm (hoặc điểm của một nhóm khi bảng ghi \"xếp hạng theo điểm nhóm\") làm tròn đến"
                    + " hai chữ số thập phân, theo kiểu xếp hạng thi đấu (1, 2, 2, 4): các đơn vị bằng điểm cùng"
                    + " hạng, hạng kế tiếp bỏ qua số đơn vị đồng hạng.",
            "Đơn vị chưa có báo cáo trong kỳ không được xếp hạng và được liệt kê cuối bảng.",
            "Thay đổi: số bậc tăng (▲) hoặc giảm (▼) so với kỳ trước cùng loại; để trống khi kỳ trước đơn vị chưa"
                    + " được xếp hạng. Tăng/giảm: chênh lệch tổng điểm so với kỳ trước.",
            "Tỷ lệ đạt của một nhóm = điểm ÷ điểm tối đa của nhóm. Chỉ số yếu nhất của đơn vị là nhóm có tỷ lệ"
                    + " đạt thấp nhất; nếu bằng nhau, chọn nhóm mất nhiều điểm hơn, rồi theo thứ tự danh mục."
                    + " Điểm bị mất = điểm tối đa − điểm.",
            "Một quý hoặc một năm chưa có điểm riêng được tính bằng trung bình các tháng đã báo cáo trong kỳ;"
                    + " cột Ghi chú cho biết số tháng.");

    private static int catalogue(XlsxRows rows, int start, List<Criterion> criteria) {
        int r = start;
        heading(rows, r++, "Danh mục nhóm chỉ số");
        XlsxStyles.Look header = XlsxStyles.Look.text().coloured(Palette.HEADER).inBold();
        Row head = rows.row(r++);
        rows.text(head, 0, "Mã", header);
        rows.text(head, 1, "Nhóm chỉ số", header);
        rows.text(head, 2, "Điểm tối đa", header);
        BigDecimal total = BigDecimal.ZERO;
        for (Criterion criterion : criteria) {
            Row row = rows.row(r++);
            rows.text(row, 0, criterion.code(), XlsxStyles.Look.text());
            rows.text(row, 1, criterion.nameVi(), XlsxStyles.Look.text());
            rows.number(row, 2, criterion.maxPoints(), XlsxStyles.Look.number(XlsxStyles.INTEGER));
            total = total.add(criterion.maxPoints());
        }
        Row sum = rows.row(r++);
        rows.text(sum, 0, null, XlsxStyles.Look.text());
        rows.text(sum, 1, Labels.TOTAL, XlsxStyles.Look.text().inBold());
        rows.number(sum, 2, total, XlsxStyles.Look.number(XlsxStyles.INTEGER).inBold());
        return r;
    }

    private static int bands(XlsxRows rows, int start, BandThresholds t) {
        int r = start;
        heading(rows, r++, "Xếp loại theo tổng điểm");
        band(rows, r++, Band.EXCELLENT, "từ " + VietnameseText.figure(t.excellent()) + " điểm");
        band(rows, r++, Band.GOOD, between(t.good(), t.excellent()));
        band(rows, r++, Band.FAIR, between(t.fair(), t.good()));
        band(rows, r++, Band.AVERAGE, between(t.average(), t.fair()));
        band(rows, r++, Band.WEAK, "dưới " + VietnameseText.figure(t.average()) + " điểm");
        return r;
    }

    private static String between(BigDecimal from, BigDecimal below) {
        return "từ " + VietnameseText.figure(from) + " đến dưới " + VietnameseText.figure(below) + " điểm";
    }

    private static void band(XlsxRows rows, int r, Band band, String range) {
        Row row = rows.row(r);
        rows.text(row, 0, Labels.band(band), XlsxStyles.Look.text().coloured(Palette.band(band)));
        rows.text(row, 1, range, XlsxStyles.Look.text());
    }

    private static int paragraphs(XlsxRows rows, int start, String title, List<String> texts) {
        int r = start;
        heading(rows, r++, title);
        for (String text : texts) {
            Row row = rows.row(r++);
            rows.text(row, 1, text, XlsxStyles.Look.text().wrapped().unframed());
            row.setHeightInPoints(48);
        }
        return r;
    }

    private static int heatLegend(XlsxRows rows, int start) {
        int r = start;
        heading(rows, r++, "Màu của ô điểm nhóm chỉ số (theo tỷ lệ đạt)");
        BigDecimal upper = null;
        for (Palette.Heat heat : Palette.Heat.values()) {
            Row row = rows.row(r++);
            String range = upper == null
                    ? "từ " + VietnameseText.percent(heat.lowerBound()) + " trở lên"
                    : "từ " + VietnameseText.percent(heat.lowerBound()) + " đến dưới " + VietnameseText.percent(upper);
            rows.text(
                    row,
                    0,
                    VietnameseText.percent(heat.lowerBound()),
                    XlsxStyles.Look.text().coloured(heat.colours()).aligned(HorizontalAlignment.CENTER));
            rows.text(row, 1, range, XlsxStyles.Look.text());
            upper = heat.lowerBound();
        }
        Row weakest = rows.row(r++);
        rows.text(
                weakest,
                0,
                "▼",
                XlsxStyles.Look.text().inBold().framedStrongly().aligned(HorizontalAlignment.CENTER));
        rows.text(weakest, 1, "Chỉ số yếu nhất của đơn vị (bản đồ nhiệt)", XlsxStyles.Look.text());
        return r;
    }

    private static void heading(XlsxRows rows, int r, String text) {
        rows.text(rows.row(r), 0, text, XlsxStyles.Look.text().inBold().unframed());
    }
}
