package vn.chiso766.reporting.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chiso766.reporting.spreadsheet.Sheets.CSV_HEADER;
import static vn.chiso766.reporting.spreadsheet.Sheets.SEED_ROW;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.score.GroupScores;

/** Score spreadsheets as offices send them are read into the seed's figures, whatever their layout details. */
class SpreadsheetReaderTest {

    private static final CriteriaCatalogue CATALOGUE = CriteriaCatalogue.decision766();
    private static final SpreadsheetReader READER = new SpreadsheetReader(CATALOGUE);
    private static final GroupScores SEED = GroupScores.of(
            "CKMB", "16.7", "TDGQ", "19.4", "ONLINE", "7.3", "TTTT", "4.9", "MDHL", "18", "MDSH", "17.8");

    private static SheetRow single(SheetResult result) {
        assertThat(result.fileProblems()).isEmpty();
        assertThat(result.rows()).hasSize(1);
        SheetRow row = result.rows().getFirst();
        assertThat(row.problems()).isEmpty();
        return row;
    }

    private static void assertSeed(SheetRow row) {
        assertThat(row.unitCode()).isEqualTo("TNI.TPTN.NINHSON");
        assertThat(row.period()).isEqualTo(Period.month(2024, 2));
        assertThat(row.groupScores(CATALOGUE.codes())).isEqualTo(SEED);
    }

    @Test
    void the_downloadable_template_reads_back_as_the_seed_report_with_its_figures() {
        SheetResult result = READER.read(ImportTemplate.xlsx(CATALOGUE), SheetFormat.XLSX);

        SheetRow row = single(result);
        assertSeed(row);
        assertThat(row.position()).isEqualTo(2);
        assertThat(row.unitName()).isEqualTo("Phường Ninh Sơn");
        assertThat(row.statedTotal()).isEqualByComparingTo("84.1");
        assertThat(row.figures().dossiers()).isEqualTo(180);
        assertThat(row.figures().electronicResultRate()).isEqualByComparingTo("96.21");
        assertThat(row.figures().onlinePayments()).isEqualTo(132);
        assertThat(result.hasColumn(SheetField.DOSSIERS)).isTrue();
        assertThat(result.header(SheetField.STATED_TOTAL)).isEqualTo("Tổng điểm");
        assertThat(result.groupHeader("CKMB")).isEqualTo("Công khai, minh bạch (CKMB)");
    }

    @Test
    void the_template_has_vietnamese_headers_for_every_group() {
        assertThat(ImportTemplate.headers(CATALOGUE))
                .startsWith("Mã đơn vị", "Tên đơn vị", "Kỳ", "Công khai, minh bạch (CKMB)")
                .contains("Số hóa hồ sơ (MDSH)", "Tỷ lệ hài lòng (%)");
    }

    @Test
    void a_csv_with_semicolons_and_decimal_commas_reads_as_the_seed() {
        SheetRow row = single(READER.read(Sheets.utf8(CSV_HEADER + "\n" + SEED_ROW + "\n"), SheetFormat.CSV));

        assertSeed(row);
        assertThat(row.position()).isEqualTo(2);
        assertThat(row.statedTotal()).isEqualByComparingTo("84.1");
    }

    @Test
    void a_csv_with_commas_and_decimal_points_reads_the_same() {
        String csv = CSV_HEADER.replace(",", "").replace(';', ',') + "\r\n"
                + SEED_ROW.replace(',', '.').replace(';', ',') + "\r\n";

        assertSeed(single(READER.read(Sheets.utf8(csv), SheetFormat.CSV)));
    }

    @Test
    void headers_match_without_case_diacritics_spacing_or_the_name_beside_the_code() {
        String header = "MA DON VI;  ky ;CKMB;tien do giai quyet;Dịch vụ công  trực tuyến;TTTT (10 điểm);"
                + "mức độ HÀI LÒNG;mdsh";
        String row = "TNI.TPTN.NINHSON;2024-02;16,7;19,4;7,3;4,9;18;17,8";

        SheetResult result = READER.read(Sheets.utf8(header + "\n" + row), SheetFormat.CSV);

        assertSeed(single(result));
        assertThat(result.groupHeader("TDGQ")).isEqualTo("tien do giai quyet");
        assertThat(result.hasColumn(SheetField.STATED_TOTAL)).isFalse();
    }

    @Test
    void the_portals_group_code_clgq_is_taken_for_online_services() {
        String header = "departmentCode,period,CKMB,TDGQ,CLGQ,TTTT,MDHL,MDSH";
        String row = "TNI.TPTN.NINHSON,2024-02,16.7,19.4,7.3,4.9,18,17.8";

        assertSeed(single(READER.read(Sheets.utf8(header + "\n" + row), SheetFormat.CSV)));
    }

    @Test
    void a_title_line_above_the_header_and_blank_lines_are_skipped() {
        String csv = "Kết quả chỉ số 766 tháng 02/2024;;;\n\n" + CSV_HEADER + "\n\n" + SEED_ROW + "\n;;;\n";

        SheetRow row = single(READER.read(Sheets.utf8(csv), SheetFormat.CSV));

        assertSeed(row);
        assertThat(row.position()).isEqualTo(5);
    }

    @Test
    void a_unit_given_by_name_alone_is_kept_by_name() {
        String csv = CSV_HEADER + "\n" + SEED_ROW.replace("TNI.TPTN.NINHSON", "");

        SheetRow row = single(READER.read(Sheets.utf8(csv), SheetFormat.CSV));

        assertThat(row.unitCode()).isNull();
        assertThat(row.unitName()).isEqualTo("Phường Ninh Sơn");
        assertThat(row.unitText()).isEqualTo("Phường Ninh Sơn");
    }

    @Test
    void utf8_with_a_byte_order_mark_reads_like_utf8_without() {
        String csv = CSV_HEADER + "\n" + SEED_ROW;

        SheetResult withBom = READER.read(Sheets.utf8WithBom(csv), SheetFormat.CSV);

        assertSeed(single(withBom));
        assertThat(withBom.rows())
                .isEqualTo(READER.read(Sheets.utf8(csv), SheetFormat.CSV).rows());
    }

    @Test
    void windows_1258_text_is_decoded_with_its_diacritics_and_a_warning() {
        byte[] bytes = Sheets.windows1258(CSV_HEADER + "\n" + SEED_ROW);

        SheetResult result = READER.read(bytes, SheetFormat.CSV);

        assertThat(result.fileProblems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(SheetProblem.Kind.WINDOWS_1258_DECODED);
            assertThat(p.isWarning()).isTrue();
            assertThat(p.message(Locale.ENGLISH)).contains("Windows-1258").contains("UTF-8");
        });
        assertThat(result.rows().getFirst().unitName()).isEqualTo("Phường Ninh Sơn");
        assertThat(result.groupHeader("MDHL")).isEqualTo("Mức độ hài lòng (MDHL)");
        assertSeed(result.rows().getFirst());
    }

    @Test
    void quoted_cells_keep_separators_and_line_breaks_and_lines_are_counted_through_them() {
        String csv = "Mã đơn vị,Tên đơn vị,Kỳ,CKMB,TDGQ,ONLINE,TTTT,MDHL,MDSH\n"
                + "X.1,\"Phường 1, \"\"cũ\"\"\nghi chú\",2024-02,\"16,7\",19.4,7.3,4.9,18,17.8\n"
                + "X.2,Phường 2,2024-02,1,1,1,1,1,1\n";

        SheetResult result = READER.read(Sheets.utf8(csv), SheetFormat.CSV);

        assertThat(result.rows()).extracting(SheetRow::position).containsExactly(2, 4);
        assertThat(result.rows().getFirst().unitName()).isEqualTo("Phường 1, \"cũ\" ghi chú");
        assertThat(result.rows().getFirst().groups().get("CKMB")).isEqualByComparingTo("16.7");
    }

    @Test
    void an_xlsx_with_numbers_text_numbers_and_decimal_comma_text_reads_the_same_values() {
        List<List<Object>> rows = List.of(
                Arrays.asList("Mã đơn vị", "Kỳ", "CKMB", "TDGQ", "ONLINE", "TTTT", "MDHL", "MDSH", "Số hồ sơ trong kỳ"),
                Arrays.asList("A.1", "2024-02", 16.7, "19,4", "7.3", 4.9, 18, 17.8, 180),
                // A formula's binary noise is read as the value people see.
                Arrays.asList("A.2", "03/2024", 16.700000000000003, 0.1 + 0.2, 7, 4, 18, 17, "1.234"));

        SheetResult result = READER.read(Sheets.xlsx(rows), SheetFormat.XLSX);

        assertThat(result.positionKind()).isEqualTo(PositionKind.ROW);
        SheetRow first = result.rows().get(0);
        assertThat(first.problems()).isEmpty();
        assertThat(first.groups()).containsEntry("TDGQ", new BigDecimal("19.4"));
        assertThat(first.figures().dossiers()).isEqualTo(180);
        SheetRow second = result.rows().get(1);
        assertThat(second.period()).isEqualTo(Period.month(2024, 3));
        assertThat(second.groups().get("CKMB")).isEqualByComparingTo("16.7");
        assertThat(second.groups().get("TDGQ")).isEqualByComparingTo("0.3");
        assertThat(second.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(SheetProblem.Kind.NOT_A_WHOLE_NUMBER));
    }

    @Test
    void a_period_excel_turned_into_a_date_reads_as_its_month() throws Exception {
        byte[] bytes;
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                var out = new java.io.ByteArrayOutputStream()) {
            var sheet = workbook.createSheet();
            var header = sheet.createRow(0);
            List<String> names = List.of("Mã đơn vị", "Kỳ", "CKMB", "TDGQ", "ONLINE", "TTTT", "MDHL", "MDSH");
            for (int i = 0; i < names.size(); i++) {
                header.createCell(i).setCellValue(names.get(i));
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("A.1");
            var date = row.createCell(1);
            date.setCellValue(java.time.LocalDate.of(2024, 2, 1));
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("mmm-yy"));
            date.setCellStyle(style);
            for (int i = 2; i < 8; i++) {
                row.createCell(i).setCellValue(1);
            }
            workbook.write(out);
            bytes = out.toByteArray();
        }

        SheetRow row = single(READER.read(bytes, SheetFormat.XLSX));

        assertThat(row.period()).isEqualTo(Period.month(2024, 2));
        assertThat(row.periodText()).isEqualTo("2024-02-01");
    }
}
