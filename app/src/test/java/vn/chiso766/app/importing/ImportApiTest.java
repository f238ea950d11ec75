package vn.chiso766.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.chiso766.app.AppTest;
import vn.chiso766.reporting.portal.PortalEvaluationReader;
import vn.chiso766.reporting.portal.PortalUnitScore;

/** POST /api/v1/imports over real HTTP with Basic authentication, as a script would call it. */
@AppTest
class ImportApiTest {

    private static final String PROVINCES = "provinces/scores_2026-10-10.json";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    DataSource dataSource;

    @Autowired
    JsonMapper json;

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private JdbcTemplate jdbc;

    @BeforeEach
    void withoutTheCountry() {
        jdbc = new JdbcTemplate(dataSource);
        RealPortalFiles.removeCountry(jdbc, context);
    }

    @AfterEach
    void removeTheCountry() {
        RealPortalFiles.removeCountry(jdbc, context);
    }

    private HttpResponse<String> post(
            String user, String query, String fileName, byte[] bytes, Map<String, String> headers)
            throws IOException, InterruptedException {
        String boundary = "----chiso766" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(bytes);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/imports" + query))
                .header("Authorization", basic(user))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String user, String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", basic(user))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void the_34_provinces_file_is_imported_and_ranked_as_the_file_ranks_them() throws Exception {
        byte[] bytes = RealPortalFiles.bytes(PROVINCES);

        HttpResponse<String> dryRun = post("admin", "?dryRun=true", "scores_2026-10-10.json", bytes, Map.of());
        assertThat(dryRun.statusCode()).isEqualTo(200);
        JsonNode preview = json.readTree(dryRun.body());
        assertThat(preview.get("counts").get("new").asInt()).isEqualTo(34);
        assertThat(preview.get("committed").asBoolean()).isFalse();
        assertThat(preview.get("rows")).hasSize(34);
        assertThat(jdbc.queryForObject("select count(*) from unit where code = 'VN'", Long.class))
                .isZero();

        HttpResponse<String> commit = post("admin", "", "scores_2026-10-10.json", bytes, Map.of());
        assertThat(commit.statusCode()).as(commit.body()).isEqualTo(201);
        JsonNode committed = json.readTree(commit.body());
        assertThat(committed.get("counts").get("new").asInt()).isEqualTo(34);
        assertThat(committed.get("counts").get("unitsCreated").asInt()).isEqualTo(35);
        assertThat(committed.get("rankings").get(0).get("url").asString())
                .isEqualTo("/api/v1/rankings?scope=VN&period=2026");

        HttpResponse<String> ranking = get("admin", "/api/v1/rankings?scope=VN&period=2026");
        assertThat(ranking.statusCode()).isEqualTo(200);
        List<JsonNode> rows = new ArrayList<>();
        json.readTree(ranking.body()).get("rows").forEach(rows::add);
        List<PortalUnitScore> file = new PortalEvaluationReader()
                .read(RealPortalFiles.file(PROVINCES)).units().stream()
                        .sorted(Comparator.comparingInt(PortalUnitScore::rank))
                        .toList();
        assertThat(rows)
                .extracting(r -> r.get("unitCode").asString())
                .containsExactlyElementsOf(
                        file.stream().map(PortalUnitScore::departmentCode).toList());
        assertThat(rows)
                .extracting(r -> r.get("rank").asInt())
                .containsExactlyElementsOf(
                        file.stream().map(PortalUnitScore::rank).toList());
        // Our total is the sum of the groups (DOMAIN.md); the portal rounds Thái Nguyên and Thanh Hóa one hundredth
        // off.
        for (int i = 0; i < rows.size(); i++) {
            BigDecimal total = rows.get(i).get("total").decimalValue();
            assertThat(total)
                    .isCloseTo(file.get(i).totalScore(), org.assertj.core.data.Offset.offset(new BigDecimal("0.01")));
        }
        long exact = java.util.stream.IntStream.range(0, rows.size())
                .filter(i -> rows.get(i)
                                .get("total")
                                .decimalValue()
                                .compareTo(file.get(i).totalScore())
                        == 0)
                .count();
        assertThat(exact).isEqualTo(32);

        HttpResponse<String> again = post("admin", "", "scores_2026-10-10.json", bytes, Map.of());
        assertThat(json.readTree(again.body()).get("counts").get("unchanged").asInt())
                .isEqualTo(34);
    }

    @Test
    void a_file_with_row_errors_answers_422_with_every_error_located_and_writes_nothing() throws Exception {
        String csv = ImportTestData.HEADER + "\n"
                + "TNI.TPTN.NINHSON;Phường Ninh Sơn;2024-13;16,7;19,4;7,3;4,9;18;17,8\n"
                + "TNI.TPTN.P1;Phường 1;2024-02;16,7;19,4;7,3;4,9;18,5;17,8\n";
        Long cards = jdbc.queryForObject("select count(*) from score_card", Long.class);

        HttpResponse<String> response = post("officer", "", "loi.csv", csv.getBytes(StandardCharsets.UTF_8), Map.of());

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("committed").asBoolean()).isFalse();
        assertThat(body.get("errors")).hasSize(2);
        JsonNode first = body.get("errors").get(0);
        assertThat(first.get("file").asString()).isEqualTo("loi.csv");
        assertThat(first.get("where").asString()).isEqualTo("line");
        assertThat(first.get("line").asInt()).isEqualTo(2);
        assertThat(first.get("field").asString()).isEqualTo("Kỳ");
        assertThat(first.get("message").asString()).startsWith("“2024-13” is not a period: expected a month");
        assertThat(body.get("errors").get(1).get("field").asString()).isEqualTo("Mức độ hài lòng (MDHL)");
        assertThat(jdbc.queryForObject("select count(*) from score_card", Long.class))
                .isEqualTo(cards);
    }

    @Test
    void messages_are_in_vietnamese_when_the_client_asks_for_it() throws Exception {
        HttpResponse<String> response = post(
                "officer",
                "?dryRun=true",
                "anh.xlsx",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10},
                Map.of("Accept-Language", "vi-VN,vi;q=0.9"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body())
                        .get("errors")
                        .get(0)
                        .get("text")
                        .asString())
                .isEqualTo(
                        "anh.xlsx: Nội dung tệp là PNG (tên tệp có đuôi .xlsx), không phải bảng tính hay dữ liệu Cổng:"
                                + " cần XLSX, văn bản CSV mã hóa UTF-8 hoặc JSON của Cổng Dịch vụ công quốc gia.");
    }

    @Test
    void a_format_that_contradicts_the_content_is_refused() throws Exception {
        HttpResponse<String> response = post(
                "officer", "?format=xlsx", "x.csv", ImportTestData.HEADER.getBytes(StandardCharsets.UTF_8), Map.of());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body())
                        .get("errors")
                        .get(0)
                        .get("message")
                        .asString())
                .isEqualTo("The file was sent as xlsx, but its content is text: expected a xlsx file.");
    }

    @Test
    void a_leader_may_not_import_and_gets_a_json_403() throws Exception {
        HttpResponse<String> response = post(
                "leader", "?dryRun=true", "x.csv", ImportTestData.HEADER.getBytes(StandardCharsets.UTF_8), Map.of());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json.readTree(response.body()).get("error").asString()).isEqualTo("forbidden");
    }

    @Test
    void a_file_above_the_limit_is_refused_before_it_is_read() throws Exception {
        byte[] big = new byte[10 * 1024 * 1024 + 100];
        java.util.Arrays.fill(big, (byte) 'a');

        HttpResponse<String> response = post("officer", "", "lon.csv", big, Map.of());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("json"));
        assertThat(json.readTree(response.body()).get("message").asString()).contains("10 MB");
    }

    @Test
    void the_template_downloads_as_an_xlsx_that_imports_back() throws Exception {
        HttpResponse<byte[]> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/imports/template.xlsx"))
                        .header("Authorization", basic("officer"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(v -> assertThat(v).contains("mau-nhap-chi-so-766.xlsx"));
        HttpResponse<String> preview = post("officer", "?dryRun=true", "mau.xlsx", response.body(), Map.of());
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        // The example row is the seed report of phường Ninh Sơn, already stored.
        assertThat(json.readTree(preview.body()).get("counts").get("unchanged").asInt())
                .isEqualTo(1);
    }
}
