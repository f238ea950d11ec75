package vn.chiso766.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.chiso766.app.AppTest;
import vn.chiso766.app.testdata.OtherDistrict;
import vn.chiso766.db.report.MonthlyReportRepository;
import vn.chiso766.db.unit.UnitRepository;

/**
 * Every role × every API endpoint → the status the rules of issue 3 give, including URL guessing: a ward chair
 * asking for a neighbour's unapproved report, and everyone but the admin asking for a ward in another district.
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiAccessMatrixTest {

    private static final String OTHER_DISTRICT = "TNI.MATRIX";
    private static final String OTHER_WARD = "TNI.MATRIX.X";
    private static final List<String> ROLES = List.of("anonymous", "admin", "leader", "officer", "chair-ninhson");

    @LocalServerPort
    int port;

    @Autowired
    UnitRepository units;

    @Autowired
    MonthlyReportRepository reports;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    /** A ward of another district of the same province, with a report, to guess at. */
    private OtherDistrict otherDistrict;

    /** A ward of another district of the same province, with an approved report, to guess at. */
    @BeforeAll
    void createAnotherDistrict() {
        otherDistrict = new OtherDistrict(OTHER_DISTRICT, "Thử Nghiệm", units, reports, transactions, jdbc, events);
        otherDistrict.create();
    }

    @AfterAll
    void removeAnotherDistrict() {
        otherDistrict.remove();
    }

    /** Endpoint → expected status per role, in the order of {@link #ROLES}. */
    static Stream<Arguments> matrix() {
        Map<String, List<Integer>> expected = new java.util.LinkedHashMap<>();
        expected.put("/api/v1/units", List.of(401, 200, 200, 200, 200));
        expected.put("/api/v1/wards/TNI.TPTN.NINHSON/reports/2024-02", List.of(401, 200, 200, 200, 200));
        expected.put("/api/v1/wards/TNI.TPTN.P1/reports/2024-02", List.of(401, 200, 200, 200, 200));
        // Submitted, not approved: its own office reads it, the neighbouring ward's chair may not.
        expected.put("/api/v1/wards/TNI.TPTN.HIEPNINH/reports/2024-02", List.of(401, 200, 200, 200, 403));
        // Another district: only the admin.
        expected.put("/api/v1/wards/" + OTHER_WARD + "/reports/2024-02", List.of(401, 200, 403, 403, 403));
        // A unit that does not exist is refused like one outside the scope, so codes cannot be probed.
        expected.put("/api/v1/wards/NO.SUCH.WARD/reports/2024-02", List.of(401, 404, 403, 403, 403));
        expected.put("/api/v1/wards/TNI.TPTN.NINHSON/reports/2024-13", List.of(401, 400, 400, 400, 400));
        expected.put("/api/v1/wards/TNI.TPTN.NINHSON/reports/2023-12", List.of(401, 200, 200, 200, 200));
        expected.put("/api/v1/rankings?scope=TNI.TPTN&period=2024-02", List.of(401, 200, 200, 200, 200));
        expected.put("/api/v1/rankings?scope=TNI&period=2024-02", List.of(401, 200, 403, 403, 403));
        expected.put("/api/v1/rankings?scope=" + OTHER_DISTRICT + "&period=2024-02", List.of(401, 200, 403, 403, 403));
        expected.put("/api/v1/rankings?scope=TNI.TPTN&period=2024-Q5", List.of(401, 400, 400, 400, 400));
        expected.put("/api/v1/heatmap?scope=TNI.TPTN&period=2024-02", List.of(401, 200, 200, 200, 200));
        expected.put("/api/v1/heatmap?scope=TNI&period=2024-02", List.of(401, 200, 403, 403, 403));
        expected.put("/api/v1/wards/TNI.TPTN.NINHSON/trend?to=2024-02&periods=12", List.of(401, 200, 200, 200, 200));
        expected.put("/api/v1/wards/TNI.TPTN.HIEPNINH/trend?to=2024-02&periods=12", List.of(401, 200, 200, 200, 200));
        expected.put("/api/v1/wards/" + OTHER_WARD + "/trend?to=2024-02&periods=12", List.of(401, 200, 403, 403, 403));
        expected.put("/api/v1/wards/TNI.TPTN.NINHSON/trend?to=2024-02&periods=100", List.of(401, 400, 400, 400, 400));
        expected.put("/api/v1/no-such-thing", List.of(401, 404, 404, 404, 404));
        List<Arguments> cases = new ArrayList<>();
        expected.forEach((path, statuses) -> {
            for (int i = 0; i < ROLES.size(); i++) {
                cases.add(Arguments.of(ROLES.get(i), path, statuses.get(i)));
            }
        });
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} GET {1} → {2}")
    @MethodSource("matrix")
    void every_role_gets_exactly_what_the_rules_allow(String role, String path, int expected)
            throws IOException, InterruptedException {
        HttpResponse<String> response = get(role, path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        if (expected != 200) {
            JsonNode error = json.readTree(response.body());
            assertThat(error.get("status").asInt()).isEqualTo(expected);
            assertThat(error.get("path").asString()).isEqualTo(path.replaceFirst("\\?.*", ""));
        }
    }

    @org.junit.jupiter.api.Test
    void a_ward_chair_lists_the_ward_its_neighbours_and_their_district_but_nothing_else()
            throws IOException, InterruptedException {
        List<String> codes = unitCodes("chair-ninhson");
        assertThat(codes)
                .contains("TNI.TPTN", "TNI.TPTN.NINHSON", "TNI.TPTN.HIEPNINH")
                .hasSize(11);
        assertThat(codes).doesNotContain("TNI", OTHER_DISTRICT, OTHER_WARD);
    }

    @org.junit.jupiter.api.Test
    void a_leader_lists_the_district_and_its_wards_and_the_admin_lists_every_unit()
            throws IOException, InterruptedException {
        assertThat(unitCodes("leader"))
                .contains("TNI.TPTN", "TNI.TPTN.P1")
                .doesNotContain("TNI", OTHER_WARD)
                .hasSize(11);
        assertThat(unitCodes("admin")).contains("TNI", "TNI.TPTN", OTHER_DISTRICT, OTHER_WARD);
    }

    @org.junit.jupiter.api.Test
    void the_seed_report_comes_with_its_score_card_status_and_vietnamese_text()
            throws IOException, InterruptedException {
        JsonNode report = json.readTree(get("chair-ninhson", "/api/v1/wards/TNI.TPTN.NINHSON/reports/2024-02")
                .body());
        assertThat(report.get("status").asString()).isEqualTo("APPROVED");
        assertThat(report.get("unitName").asString()).isEqualTo("Phường Ninh Sơn");
        assertThat(report.get("title").asString())
                .isEqualTo(
                        "Kết quả bộ chỉ số phục vụ người dân, doanh nghiệp tháng 02/2024 trên địa bàn phường Ninh Sơn");
        assertThat(report.get("scoreCard").get("total").decimalValue()).isEqualByComparingTo("84.1");
        assertThat(report.get("scoreCard").get("groups").get("CKMB").decimalValue())
                .isEqualByComparingTo("16.7");
        assertThat(report.get("scoreCard").get("weakest").asString()).isEqualTo("TTTT");
        assertThat(report.get("scoreCard").get("figures").get("dossiers").asInt())
                .isEqualTo(180);
        assertThat(report.get("demo").asBoolean()).isFalse();
        assertThat(report.get("signer").get("authority").asString()).isEqualTo("KT. CHỦ TỊCH");
    }

    @org.junit.jupiter.api.Test
    void the_trend_of_the_seed_ward_ends_with_its_reported_months_and_its_rank()
            throws IOException, InterruptedException {
        JsonNode trend =
                json.readTree(get("chair-ninhson", "/api/v1/wards/TNI.TPTN.NINHSON/trend?to=2024-02&periods=12")
                        .body());
        JsonNode points = trend.get("points");
        assertThat(points).hasSize(12);
        assertThat(points.get(0).get("period").asString()).isEqualTo("2023-03");
        assertThat(points.get(10).get("total").decimalValue()).isEqualByComparingTo("85.6");
        JsonNode february = points.get(11);
        assertThat(february.get("period").asString()).isEqualTo("2024-02");
        assertThat(february.get("total").decimalValue()).isEqualByComparingTo("84.1");
        // Phường Hiệp Ninh's February report awaits approval, so eight are ranked.
        assertThat(february.get("ranked").asInt()).isEqualTo(8);
        JsonNode ranking = json.readTree(get("chair-ninhson", "/api/v1/rankings?scope=TNI.TPTN&period=2024-02")
                .body());
        int rank = 0;
        for (JsonNode row : ranking.get("rows")) {
            if (row.get("unitCode").asString().equals("TNI.TPTN.NINHSON")) {
                rank = row.get("rank").asInt();
            }
        }
        assertThat(february.get("rank").asInt()).isEqualTo(rank).isPositive();
        assertThat(ranking.get("missing"))
                .extracting(JsonNode::asString)
                .containsExactly("TNI.TPTN.HIEPNINH", "TNI.TPTN.THANHTAN");
    }

    @org.junit.jupiter.api.Test
    void the_office_may_count_submitted_reports_but_a_ward_chair_sees_only_approved_neighbours()
            throws IOException, InterruptedException {
        String path = "/api/v1/rankings?scope=TNI.TPTN&period=2024-02&includeSubmitted=true";
        JsonNode leader = json.readTree(get("leader", path).body());
        assertThat(leader.get("rows")).hasSize(9);
        assertThat(leader.get("missing")).extracting(JsonNode::asString).containsExactly("TNI.TPTN.THANHTAN");
        // Phường Hiệp Ninh's unapproved report is not the chair of Ninh Sơn's to read, so the option is ignored.
        JsonNode chair = json.readTree(get("chair-ninhson", path).body());
        assertThat(chair.get("rows")).hasSize(8);
    }

    private List<String> unitCodes(String user) throws IOException, InterruptedException {
        List<String> codes = new ArrayList<>();
        json.readTree(get(user, "/api/v1/units").body())
                .forEach(u -> codes.add(u.get("code").asString()));
        return codes;
    }

    private HttpResponse<String> get(String user, String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (!"anonymous".equals(user)) {
            String credentials = user + ":" + "demo";
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
