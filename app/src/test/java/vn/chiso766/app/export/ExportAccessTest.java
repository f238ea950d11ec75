package vn.chiso766.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
 * Exports follow the screens' access rules, role by role, and a refused user gets the JSON refusal and no file:
 * the ward chair asking for the province or a neighbour's unapproved report, the leader asking for another
 * district, anyone not signed in. The same holds on the session-authenticated /exports path of the screens.
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportAccessTest {

    private static final String OTHER_DISTRICT = "TNI.EXPORTS";
    private static final String OTHER_WARD = "TNI.EXPORTS.X";
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

    private OtherDistrict otherDistrict;

    /** A ward of another district of the same province, with an approved report, to guess at. */
    @BeforeAll
    void createAnotherDistrict() {
        otherDistrict = new OtherDistrict(OTHER_DISTRICT, "Xuất Tệp", units, reports, transactions, jdbc, events);
        otherDistrict.create();
    }

    @AfterAll
    void removeAnotherDistrict() {
        otherDistrict.remove();
    }

    static Stream<Arguments> matrix() {
        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        String feb = "&period=2024-02";
        expected.put("/api/v1/exports/rankings.xlsx?scope=TNI.TPTN" + feb, List.of(401, 200, 200, 200, 200));
        expected.put(
                "/api/v1/exports/rankings.csv?scope=TNI.TPTN" + feb + "&by=MDSH", List.of(401, 200, 200, 200, 200));
        expected.put("/api/v1/exports/rankings.pdf?scope=TNI" + feb, List.of(401, 200, 403, 403, 403));
        expected.put("/api/v1/exports/rankings.xlsx?scope=" + OTHER_DISTRICT + feb, List.of(401, 200, 403, 403, 403));
        // A unit that does not exist is refused like one outside the scope; only the admin learns it is unknown.
        expected.put("/api/v1/exports/rankings.csv?scope=NO.SUCH" + feb, List.of(401, 404, 403, 403, 403));
        expected.put("/api/v1/exports/rankings.xlsx?scope=TNI.TPTN&period=2024-13", List.of(401, 400, 400, 400, 400));
        expected.put(
                "/api/v1/exports/rankings.xlsx?scope=TNI.TPTN" + feb + "&by=NOPE", List.of(401, 400, 400, 400, 400));
        expected.put("/api/v1/exports/heatmap.xlsx?scope=TNI.TPTN" + feb, List.of(401, 200, 200, 200, 200));
        expected.put("/api/v1/exports/heatmap.xlsx?scope=TNI" + feb, List.of(401, 200, 403, 403, 403));
        expected.put("/api/v1/exports/wards/TNI.TPTN.NINHSON/2024-02.docx", List.of(401, 200, 200, 200, 200));
        // Submitted, not approved: the district reads it, the neighbouring ward's chair may not.
        expected.put("/api/v1/exports/wards/TNI.TPTN.HIEPNINH/2024-02.docx", List.of(401, 200, 200, 200, 403));
        expected.put("/api/v1/exports/wards/TNI.TPTN.HIEPNINH/2024-02.pdf", List.of(401, 200, 200, 200, 403));
        expected.put("/api/v1/exports/wards/" + OTHER_WARD + "/2024-02.pdf", List.of(401, 200, 403, 403, 403));
        expected.put("/api/v1/exports/wards/TNI.TPTN.NINHSON/2024-Q1.docx", List.of(401, 400, 400, 400, 400));
        expected.put("/api/v1/exports/summary/TNI.TPTN/2024-02.docx", List.of(401, 200, 200, 200, 200));
        expected.put("/api/v1/exports/summary/TNI/2024-02.pdf", List.of(401, 200, 403, 403, 403));
        expected.put("/api/v1/exports/summary/" + OTHER_DISTRICT + "/2024-02.docx", List.of(401, 200, 403, 403, 403));
        expected.put("/api/v1/exports/rankings.docx?scope=TNI.TPTN" + feb, List.of(401, 404, 404, 404, 404));
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
    void every_role_gets_a_file_exactly_where_the_screens_would_show_it(String role, String path, int expected)
            throws Exception {
        HttpResponse<byte[]> response = new ExportHttp(port).get(role, path);
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(response.statusCode()).as(body).isEqualTo(expected);
        if (expected == 200) {
            assertThat(response.headers().firstValue("Content-Disposition"))
                    .hasValueSatisfying(v -> assertThat(v).startsWith("attachment; filename=\""));
        } else {
            assertRefusedWithoutFile(response, expected);
        }
    }

    private void assertRefusedWithoutFile(HttpResponse<byte[]> response, int status) {
        // No attachment; Spring MVC's own 404 of an unknown /api path may add "inline" as its guard against
        // reflected file downloads.
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .doesNotStartWith("attachment");
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode error = json.readTree(new String(response.body(), StandardCharsets.UTF_8));
        assertThat(error.get("status").asInt()).isEqualTo(status);
    }

    @Test
    void the_screens_download_path_needs_a_signed_in_session_and_answers_it_under_the_same_rules() throws Exception {
        String ranking = "/exports/rankings.xlsx?scope=TNI.TPTN&period=2024-02";
        HttpResponse<byte[]> anonymous = new ExportHttp(port).get(ranking);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(anonymous.headers().firstValue("Content-Disposition")).isEmpty();

        ExportHttp leader = ExportHttp.session(port, "leader", "demo");
        HttpResponse<byte[]> file = leader.get(ranking);
        assertThat(file.statusCode())
                .as(new String(file.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        assertThat(file.body()).startsWith('P', 'K');
        assertRefusedWithoutFile(leader.get("/exports/rankings.pdf?scope=TNI&period=2024-02"), 403);
        assertRefusedWithoutFile(leader.get("/exports/summary/" + OTHER_DISTRICT + "/2024-02.pdf"), 403);

        ExportHttp chair = ExportHttp.session(port, "chair-ninhson", "demo");
        assertThat(chair.get("/exports/wards/TNI.TPTN.NINHSON/2024-02.pdf").statusCode())
                .isEqualTo(200);
        assertRefusedWithoutFile(chair.get("/exports/wards/TNI.TPTN.HIEPNINH/2024-02.pdf"), 403);
        assertRefusedWithoutFile(chair.get("/exports/heatmap.xlsx?scope=TNI&period=2024-02"), 403);
    }
}
