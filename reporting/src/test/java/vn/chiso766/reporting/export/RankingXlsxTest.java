package vn.chiso766.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.chiso766.reporting.export.table.ComparisonRow;
import vn.chiso766.reporting.export.table.ComparisonTable;
import vn.chiso766.reporting.export.table.RankingXlsx;

class RankingXlsxTest {

    private static final int HEADER = 3;

    private static XSSFWorkbook written(ComparisonTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RankingXlsx.write(table, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static String fill(XSSFCell cell) {
        return HexFormat.of()
                .formatHex(cell.getCellStyle().getFillForegroundColorColor().getRGB())
                .toUpperCase();
    }

    @Test
    void the_sheet_has_the_title_a_frozen_header_and_the_screen_columns_in_order() throws IOException {
        try (XSSFWorkbook workbook = written(ExportFixtures.district())) {
            XSSFSheet sheet = workbook.getSheet("Xếp hạng");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Xếp hạng các đơn vị thuộc Thành phố Tây Ninh — Tháng 02/2024");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (HEADER + 1));
            List<String> headers = new ArrayList<>();
            sheet.getRow(HEADER).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers)
                    .containsExactly(
                            "Hạng",
                            "Thay đổi",
                            "Đơn vị",
                            "Tổng điểm",
                            "Tăng/giảm",
                            "Xếp loại",
                            "CKMB (18)",
                            "TDGQ (20)",
                            "ONLINE (12)",
                            "TTTT (10)",
                            "MDHL (18)",
                            "MDSH (22)",
                            "Chỉ số yếu nhất",
                            "Điểm bị mất",
                            "Ghi chú");
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("Phương pháp");
        }
    }

    @Test
    void numbers_are_stored_as_numbers_with_a_format_that_shows_a_decimal_comma_in_vietnamese() throws IOException {
        ComparisonTable table = ExportFixtures.district();
        try (XSSFWorkbook workbook = written(table)) {
            XSSFSheet sheet = workbook.getSheet("Xếp hạng");
            for (int i = 0; i < table.rows().size(); i++) {
                ComparisonRow expected = table.rows().get(i);
                XSSFRow row = sheet.getRow(HEADER + 1 + i);
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(expected.rank());
                assertThat(row.getCell(2).getStringCellValue())
                        .isEqualTo(expected.unit().name());
                XSSFCell total = row.getCell(3);
                assertThat(total.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(total.getNumericCellValue())
                        .isEqualTo(expected.total().doubleValue());
                // An invariant format code: Excel and LibreOffice show it with the reader's separator, "84,1".
                assertThat(total.getCellStyle().getDataFormatString()).isEqualTo("0.0#");
                assertThat(row.getCell(5).getStringCellValue()).isEqualTo(Labels.band(expected.band()));
                assertThat(fill(row.getCell(5)))
                        .isEqualTo(Palette.band(expected.band()).background());
            }
        }
    }

    @Test
    void group_cells_are_coloured_by_attainment_with_the_heatmap_classes() throws IOException {
        ComparisonTable table = ExportFixtures.district();
        try (XSSFWorkbook workbook = written(table)) {
            XSSFRow row = workbook.getSheet("Xếp hạng").getRow(HEADER + 1);
            ComparisonRow expected = table.rows().getFirst();
            for (int g = 0; g < table.criteria().size(); g++) {
                var points = expected.groups().get(g);
                var attainment = points.divide(table.criteria().get(g).maxPoints(), java.math.MathContext.DECIMAL64);
                assertThat(fill(row.getCell(6 + g)))
                        .isEqualTo(Palette.Heat.of(attainment).colours().background());
            }
        }
    }

    @Test
    void units_without_a_report_come_last_marked_as_such() throws IOException {
        ComparisonTable table = ExportFixtures.district();
        try (XSSFWorkbook workbook = written(table)) {
            XSSFRow last =
                    workbook.getSheet("Xếp hạng").getRow(HEADER + table.rows().size() + 1);
            assertThat(last.getCell(2).getStringCellValue()).isEqualTo("Phường Không Báo Cáo");
            assertThat(last.getCell(5).getStringCellValue()).isEqualTo("Chưa có báo cáo");
            assertThat(last.getCell(3).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void names_that_look_like_formulas_are_written_as_text_never_as_formulas() throws IOException {
        try (XSSFWorkbook workbook = written(ExportFixtures.district())) {
            List<String> names = new ArrayList<>();
            for (var row : workbook.getSheet("Xếp hạng")) {
                for (var cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
                if (row.getRowNum() > HEADER) {
                    names.add(row.getCell(2).getStringCellValue());
                }
            }
            assertThat(names)
                    .contains("=HYPERLINK(\"http://example.invalid\",\"bấm\")", "+Xã Cộng", "-Xã Trừ", "@Xã A Còng");
        }
    }

    @Test
    void the_method_sheet_explains_catalogue_bands_and_ranking_rule() throws IOException {
        try (XSSFWorkbook workbook = written(ExportFixtures.district())) {
            StringBuilder text = new StringBuilder();
            workbook.getSheet("Phương pháp")
                    .forEach(row -> row.forEach(cell -> text.append(
                                    cell.getCellType() == CellType.NUMERIC
                                            ? String.valueOf(cell.getNumericCellValue())
                                            : cell.getStringCellValue())
                            .append('|')));
            assertThat(text.toString())
                    .contains("CKMB|Công khai, minh bạch|18.0", "MDSH|Số hóa hồ sơ|22.0", "100.0")
                    .contains("Xuất sắc|từ 90 điểm", "Tốt|từ 80 đến dưới 90 điểm", "Yếu|dưới 50 điểm")
                    .contains("(1, 2, 2, 4)", "Tỷ lệ đạt của một nhóm = điểm ÷ điểm tối đa");
        }
    }
}
