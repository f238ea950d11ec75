package vn.chiso766.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.chiso766.app.AppTest;

/**
 * Every table export of the February 2024 ranking, read back, says what GET /api/v1/rankings (and /heatmap) says
 * for the same request: no count is hard-coded, since which reports count may change.
 */
@AppTest
class ExportsMatchTheApiTest {

    private static final String QUERY = "?scope=TNI.TPTN&period=2024-02";
    private static final int HEADER_ROW = 3;
    private static final List<String> CODES = List.of("CKMB", "TDGQ", "ONLINE", "TTTT", "MDHL", "MDSH");

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    private ExportHttp http;

    @BeforeEach
    void setUp() {
        http = new ExportHttp(port);
    }

    private JsonNode api(String path) throws IOException, InterruptedException {
        return json.readTree(http.text("leader", path));
    }

    private Map<String, String> unitNames() throws IOException, InterruptedException {
        Map<String, String> names = new HashMap<>();
        api("/api/v1/units")
                .forEach(u -> names.put(u.get("code").asString(), u.get("name").asString()));
        return names;
    }

    private List<String> missingNames(JsonNode ranking) throws IOException, InterruptedException {
        Map<String, String> names = unitNames();
        List<String> missing = new ArrayList<>();
        ranking.get("missing").forEach(code -> missing.add(names.get(code.asString())));
        return missing;
    }

    private static BigDecimal decimal(JsonNode node) {
        return new BigDecimal(node.asString());
    }

    @Test
    void the_xlsx_ranking_has_the_api_rows_in_order_with_numbers_bands_and_weakest_criteria() throws Exception {
        JsonNode ranking = api("/api/v1/rankings" + QUERY);
        try (XSSFWorkbook workbook = Files.xlsx(http.file("leader", "/api/v1/exports/rankings.xlsx" + QUERY))) {
            XSSFSheet sheet = workbook.getSheet("Xếp hạng");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Xếp hạng các đơn vị thuộc Thành phố Tây Ninh — Tháng 02/2024");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            int r = HEADER_ROW + 1;
            for (JsonNode expected : ranking.get("rows")) {
                XSSFRow row = sheet.getRow(r++);
                assertThat(row.getCell(0).getNumericCellValue())
                        .isEqualTo(expected.get("rank").asInt());
                if (expected.get("movement").isNull()) {
                    assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.BLANK);
                } else {
                    assertThat(row.getCell(1).getNumericCellValue())
                            .isEqualTo(expected.get("movement").asInt());
                }
                assertThat(row.getCell(2).getStringCellValue())
                        .isEqualTo(expected.get("unitName").asString());
                assertThat(row.getCell(3).getNumericCellValue())
                        .isEqualTo(decimal(expected.get("total")).doubleValue());
                assertThat(row.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0#");
                if (!expected.get("change").isNull()) {
                    assertThat(row.getCell(4).getNumericCellValue())
                            .isEqualTo(decimal(expected.get("change")).doubleValue());
                }
                assertThat(row.getCell(5).getStringCellValue())
                        .isEqualTo(Files.BANDS.get(expected.get("band").asString()));
                for (int g = 0; g < CODES.size(); g++) {
                    assertThat(row.getCell(6 + g).getNumericCellValue())
                            .isEqualTo(decimal(expected.get("groups").get(CODES.get(g)))
                                    .doubleValue());
                }
                assertThat(row.getCell(12).getStringCellValue())
                        .startsWith(expected.get("weakest").asString() + " ");
                assertThat(row.getCell(13).getNumericCellValue())
                        .isEqualTo(decimal(expected.get("weakestPointsLost")).doubleValue());
                assertThat(row.getCell(14).getStringCellValue())
                        .isEqualTo(expected.get("demo").asBoolean() ? "Minh họa" : "");
            }
            for (String name : missingNames(ranking)) {
                XSSFRow row = sheet.getRow(r++);
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo(name);
                assertThat(row.getCell(5).getStringCellValue()).isEqualTo("Chưa có báo cáo");
            }
            assertThat((Object) sheet.getRow(r)).isNull();
            assertThat((Object) workbook.getSheet("Phương pháp")).isNotNull();
        }
    }

    @Test
    void the_csv_ranking_has_one_header_row_and_the_api_rows_with_a_decimal_point() throws Exception {
        JsonNode ranking = api("/api/v1/rankings" + QUERY + "&by=TTTT");
        List<CSVRecord> records = Files.csv(http.file("leader", "/api/v1/exports/rankings.csv" + QUERY + "&by=TTTT"));
        assertThat(records.getFirst().get(0)).isEqualTo("Hạng");
        int r = 1;
        for (JsonNode expected : ranking.get("rows")) {
            CSVRecord record = records.get(r++);
            assertThat(record.get(0)).isEqualTo(expected.get("rank").asString());
            assertThat(record.get(1))
                    .isEqualTo(
                            expected.get("movement").isNull()
                                    ? ""
                                    : expected.get("movement").asString());
            assertThat(record.get(2)).isEqualTo(expected.get("unitCode").asString());
            assertThat(record.get(3)).isEqualTo(expected.get("unitName").asString());
            assertThat(new BigDecimal(record.get(4))).isEqualByComparingTo(decimal(expected.get("total")));
            assertThat(record.get(6))
                    .isEqualTo(Files.BANDS.get(expected.get("band").asString()));
            for (int g = 0; g < CODES.size(); g++) {
                assertThat(new BigDecimal(record.get(7 + g)))
                        .isEqualByComparingTo(decimal(expected.get("groups").get(CODES.get(g))));
            }
            assertThat(record.get(13)).isEqualTo(expected.get("weakest").asString());
            assertThat(new BigDecimal(record.get(14))).isEqualByComparingTo(decimal(expected.get("weakestPointsLost")));
        }
        for (String name : missingNames(ranking)) {
            CSVRecord record = records.get(r++);
            assertThat(record.get(3)).isEqualTo(name);
            assertThat(record.get(6)).isEqualTo("Chưa có báo cáo");
        }
        assertThat(records).hasSize(r);
    }

    @Test
    void the_pdf_ranking_reads_back_with_every_unit_its_total_and_the_page_header() throws Exception {
        JsonNode ranking = api("/api/v1/rankings" + QUERY);
        List<String> pages = Files.pdfPages(http.file("leader", "/api/v1/exports/rankings.pdf" + QUERY));
        String text = String.join(" ", pages);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i))
                    .contains("Xếp hạng các đơn vị thuộc Thành phố Tây Ninh — Tháng 02/2024")
                    .contains("Trang " + (i + 1) + "/" + pages.size());
        }
        for (JsonNode expected : ranking.get("rows")) {
            assertThat(text)
                    .contains(expected.get("rank").asString() + " ")
                    .contains(expected.get("unitName").asString() + " " + Files.score(decimal(expected.get("total"))));
        }
        for (String name : missingNames(ranking)) {
            assertThat(text).contains(name + " Chưa có báo cáo");
        }
        assertThat(text).contains("Phường Hiệp Ninh", "Xã Thạnh Tân", "Phường Ninh Thạnh");
    }

    @Test
    void the_heatmap_workbook_has_the_api_attainments_the_weakest_marks_and_the_scope_mean() throws Exception {
        JsonNode heatmap = api("/api/v1/heatmap" + QUERY);
        try (XSSFWorkbook workbook = Files.xlsx(http.file("leader", "/api/v1/exports/heatmap.xlsx" + QUERY))) {
            XSSFSheet sheet = workbook.getSheet("Bản đồ nhiệt");
            int r = 3;
            for (JsonNode expected : heatmap.get("rows")) {
                XSSFRow row = sheet.getRow(r++);
                assertThat(row.getCell(0).getStringCellValue())
                        .isEqualTo(expected.get("unitName").asString());
                for (int c = 0; c < CODES.size(); c++) {
                    JsonNode cell = expected.get("cells").get(c);
                    assertThat(BigDecimal.valueOf(row.getCell(c + 1).getNumericCellValue())
                                    .setScale(4, RoundingMode.HALF_UP))
                            .isEqualByComparingTo(decimal(cell.get("attainment")));
                    assertThat(row.getCell(c + 1).getCellStyle().getDataFormatString())
                            .isEqualTo(cell.get("weakest").asBoolean() ? "0%\" ▼\"" : "0%");
                }
            }
            XSSFRow mean = sheet.getRow(r);
            assertThat(mean.getCell(0).getStringCellValue()).isEqualTo("Trung bình toàn địa bàn");
            for (int c = 0; c < CODES.size(); c++) {
                assertThat(BigDecimal.valueOf(mean.getCell(c + 1).getNumericCellValue()))
                        .isEqualByComparingTo(
                                decimal(heatmap.get("meanAttainment").get(CODES.get(c))));
            }
        }
    }

    @Test
    void the_district_summary_states_the_api_average_best_worst_and_missing_wards_in_vietnamese() throws Exception {
        JsonNode ranking = api("/api/v1/rankings" + QUERY);
        JsonNode previous = api("/api/v1/rankings?scope=TNI.TPTN&period=2024-01");
        BigDecimal average = mean(ranking);
        BigDecimal change = average.subtract(mean(previous)).setScale(1, RoundingMode.HALF_UP);
        // Prose writes one decimal, as ward reports do.
        String sentence = "Trong tháng 02/2024, điểm trung bình của "
                + ranking.get("rows").size()
                + " phường, xã đạt " + oneDecimal(average) + " điểm, "
                + (change.signum() == 0
                        ? "tương đương tháng trước."
                        : (change.signum() > 0 ? "tăng " : "giảm ") + oneDecimal(change.abs())
                                + " điểm so với tháng trước.");
        JsonNode first = ranking.get("rows").get(0);
        for (String format : List.of("docx", "pdf")) {
            byte[] file = http.file("leader", "/api/v1/exports/summary/TNI.TPTN/2024-02." + format);
            String text = format.equals("docx") ? Files.docxText(file).replaceAll("\\s+", " ") : Files.pdfText(file);
            assertThat(text)
                    .as(format)
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
                    .contains("ỦY BAN NHÂN DÂN THÀNH PHỐ TÂY NINH", "PHÒNG NỘI VỤ")
                    .contains(sentence)
                    .contains("Dẫn đầu là " + lowerKind(first.get("unitName").asString()))
                    .contains("Nơi nhận:", "TRƯỞNG PHÒNG");
            for (JsonNode row : ranking.get("rows")) {
                assertThat(text).contains(row.get("unitName").asString());
            }
            for (String name : missingNames(ranking)) {
                assertThat(text).contains(lowerKind(name));
            }
        }
    }

    private static BigDecimal mean(JsonNode ranking) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode row : ranking.get("rows")) {
            sum = sum.add(decimal(row.get("total")));
        }
        return sum.divide(BigDecimal.valueOf(ranking.get("rows").size()), MathContext.DECIMAL64)
                .setScale(2, RoundingMode.HALF_UP);
    }

    private static String oneDecimal(BigDecimal value) {
        return new java.text.DecimalFormat(
                        "0.##", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.forLanguageTag("vi-VN")))
                .format(value.setScale(1, RoundingMode.HALF_UP));
    }

    /** "Phường Ninh Sơn" is written "phường Ninh Sơn" inside a sentence. */
    private static String lowerKind(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    @Test
    void files_are_attachments_named_for_what_they_hold_in_ascii_and_in_utf8() throws Exception {
        HttpResponse<byte[]> response = http.get("leader", "/api/v1/exports/rankings.xlsx" + QUERY);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue(
                        "attachment; filename=\"xep-hang-thanh-pho-tay-ninh-2024-02.xlsx\"; "
                                + "filename*=UTF-8''x%E1%BA%BFp-h%E1%BA%A1ng-th%C3%A0nh-ph%E1%BB%91-t%C3%A2y-ninh-2024-02.xlsx");
        assertThat(http.get("leader", "/api/v1/exports/heatmap.xlsx" + QUERY)
                        .headers()
                        .firstValue("Content-Disposition"))
                .hasValueSatisfying(
                        v -> assertThat(v).contains("filename=\"ban-do-nhiet-thanh-pho-tay-ninh-2024-02.xlsx\""));
        assertThat(http.get("leader", "/api/v1/exports/wards/TNI.TPTN.NINHSON/2024-02.docx")
                        .headers()
                        .firstValue("Content-Disposition"))
                .hasValueSatisfying(v -> assertThat(v).contains("filename=\"bao-cao-phuong-ninh-son-2024-02.docx\""));
        assertThat(http.get("leader", "/api/v1/exports/summary/TNI.TPTN/2024-02.pdf")
                        .headers()
                        .firstValue("Content-Disposition"))
                .hasValueSatisfying(
                        v -> assertThat(v).contains("filename=\"tong-hop-thanh-pho-tay-ninh-2024-02.pdf\""));
        assertThat(http.get("leader", "/api/v1/exports/rankings.csv" + QUERY)
                        .headers()
                        .firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
    }
}
