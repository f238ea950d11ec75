package vn.chiso766.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.chiso766.app.AppTest;

/**
 * The seed report (phường Ninh Sơn, February 2024) round-trips into the official DOCX and PDF: every figure,
 * group line, cause and measure of GET /api/v1/wards/TNI.TPTN.NINHSON/reports/2024-02 is in the file, in the
 * layout of Decree 30/2020/NĐ-CP.
 */
@AppTest
class WardReportExportTest {

    private static final String REPORT = "/api/v1/wards/TNI.TPTN.NINHSON/reports/2024-02";
    private static final String DOCX = "/api/v1/exports/wards/TNI.TPTN.NINHSON/2024-02.docx";
    private static final String PDF = "/api/v1/exports/wards/TNI.TPTN.NINHSON/2024-02.pdf";
    private static final Map<String, String> GROUPS = Map.of(
            "CKMB", "Công khai, minh bạch",
            "TDGQ", "Tiến độ giải quyết",
            "ONLINE", "Dịch vụ công trực tuyến",
            "TTTT", "Thanh toán trực tuyến",
            "MDHL", "Mức độ hài lòng",
            "MDSH", "Số hóa hồ sơ");
    private static final Map<String, Integer> MAXIMA =
            Map.of("CKMB", 18, "TDGQ", 20, "ONLINE", 12, "TTTT", 10, "MDHL", 18, "MDSH", 22);

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    private ExportHttp http;
    private JsonNode report;

    @BeforeEach
    void setUp() throws Exception {
        http = new ExportHttp(port);
        report = json.readTree(http.text("leader", REPORT));
    }

    /** A figure as the report writes it: "96,21", "100", "16,7". */
    private static String figure(JsonNode node) {
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi-VN")))
                .format(new BigDecimal(node.asString()));
    }

    private static String signed(BigDecimal change) {
        return (change.signum() < 0 ? "−" : "+") + Files.score(change.abs());
    }

    private static String cellText(XWPFTableCell cell) {
        return cell.getText().replaceAll("\\s+", " ").strip();
    }

    @Test
    void the_header_has_the_issuing_body_and_number_beside_the_national_motto_place_and_date() throws Exception {
        try (XWPFDocument docx = Files.docx(http.file("leader", DOCX))) {
            XWPFTable header = docx.getTables().getFirst();
            assertThat(header.getRows()).hasSize(1);
            String left = cellText(header.getRow(0).getCell(0));
            String right = cellText(header.getRow(0).getCell(1));
            assertThat(left)
                    .contains(report.get("issuingBody").asString())
                    .contains("Số: " + report.get("number").asString());
            assertThat(right)
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("Độc lập - Tự do - Hạnh phúc")
                    .contains(report.get("place").asString() + ", ngày 04 tháng 3 năm 2024");
            List<String> paragraphs =
                    docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).contains("BÁO CÁO", report.get("title").asString());
        }
    }

    @Test
    void the_operational_figures_are_a_real_table_with_every_figure_of_the_report() throws Exception {
        JsonNode card = report.get("scoreCard");
        JsonNode f = card.get("figures");
        try (XWPFDocument docx = Files.docx(http.file("leader", DOCX))) {
            XWPFTable figures = docx.getTables().get(1);
            assertThat(figures.getRows()).hasSize(2);
            List<String> values = new ArrayList<>();
            figures.getRow(1).getTableCells().forEach(c -> values.add(cellText(c)));
            assertThat(cellText(figures.getRow(0).getCell(0))).isEqualTo("Số hồ sơ trong tháng");
            assertThat(values)
                    .containsExactly(
                            f.get("dossiers").asString(),
                            f.get("overdueOnPortal").asString(),
                            f.get("overdueOnOneStop").asString(),
                            figure(f.get("onlineSubmissionRate")),
                            figure(f.get("satisfactionRate")),
                            figure(f.get("electronicResultRate")),
                            figure(f.get("synchronisedRate")),
                            f.get("electronicCertifiedCopies").asString(),
                            f.get("onlinePayments").asString(),
                            Files.score(new BigDecimal(card.get("statedTotal").asString())),
                            signed(new BigDecimal(card.get("statedChange").asString())));
            // The seed's own figures, so that a change of the API cannot make this test vacuous.
            assertThat(values)
                    .containsExactly("180", "0", "0", "100", "100", "96,21", "100", "136", "132", "84,1", "−1,5");
        }
    }

    @Test
    void the_body_has_every_group_line_cause_measure_the_publication_link_recipients_and_signature() throws Exception {
        String docx = Files.docxText(http.file("leader", DOCX)).replaceAll("[ \\t]+", " ");
        String pdf = Files.pdfText(http.file("leader", PDF));
        JsonNode card = report.get("scoreCard");
        List<String> expected = new ArrayList<>();
        expected.add("Tổng điểm đạt " + figure(card.get("total")) + "/100 điểm");
        card.get("groups")
                .properties()
                .forEach(e -> expected.add("- " + GROUPS.get(e.getKey()) + ": " + figure(e.getValue()) + "/"
                        + MAXIMA.get(e.getKey()) + " điểm;"));
        expected.add("Nhóm chỉ số có kết quả thấp nhất: "
                + GROUPS.get(report.get("namedLowestGroup").asString()));
        expected.add("cao nhất: " + GROUPS.get(report.get("namedHighestGroup").asString()));
        report.get("causes").forEach(c -> expected.add("- " + c.asString()));
        report.get("measures").forEach(m -> expected.add("- " + m.get("text").asString()));
        expected.add(
                "Kết quả được công khai tại: " + report.get("publicationLink").asString());
        expected.add("Nơi nhận:");
        report.get("recipients").forEach(r -> expected.add("- " + r.asString()));
        JsonNode signer = report.get("signer");
        expected.addAll(List.of(
                signer.get("authority").asString(),
                signer.get("position").asString(),
                signer.get("name").asString()));
        assertThat(expected).contains("- Công khai, minh bạch: 16,7/18 điểm;", "- Mức độ hài lòng: 18/18 điểm;");
        for (String line : expected) {
            assertThat(docx).as("DOCX").contains(line);
            assertThat(pdf).as("PDF").contains(line.replaceAll("\\s+", " "));
        }
    }

    @Test
    void the_docx_is_set_in_times_new_roman_of_13_to_14_points_on_a4() throws Exception {
        try (XWPFDocument docx = Files.docx(http.file("leader", DOCX))) {
            docx.getParagraphs().stream()
                    .flatMap(p -> p.getRuns().stream())
                    .filter(r -> r.text() != null && !r.text().isBlank())
                    .forEach(run -> {
                        assertThat(run.getFontFamily()).isEqualTo("Times New Roman");
                        assertThat(run.getFontSizeAsDouble()).isBetween(13.0, 14.0);
                    });
            var size = docx.getDocument().getBody().getSectPr().getPgSz();
            assertThat(((java.math.BigInteger) size.getW()).intValue()).isEqualTo(11906);
        }
    }
}
