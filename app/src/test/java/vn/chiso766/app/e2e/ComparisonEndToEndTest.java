package vn.chiso766.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ReducedMotion;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.chiso766.app.AppTest;
import vn.chiso766.app.security.LoginThrottle;

/**
 * The leader's walk before the monthly meeting, in a real headless Chromium: the February 2024 ranking in the
 * API's order with its shared rank, the heatmap's cells, a click on a ward's weakest cell, and that ward's page
 * with the seed report's figures and measures. Screenshots of each view go to app/target/e2e.
 */
@AppTest
class ComparisonEndToEndTest {

    private static final Path SCREENSHOTS = Path.of("target", "e2e");
    private static final String QUERY = "?scope=TNI.TPTN&period=2024-02";

    private static Chromium chromium;

    @LocalServerPort
    private int port;

    @Autowired
    private LoginThrottle throttle;

    @Autowired
    private JsonMapper json;

    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void launchChromium() {
        if (Chromium.isInstalled()) {
            chromium = Chromium.launch();
        }
    }

    @AfterAll
    static void closeChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void signInAsLeader() {
        assumeTrue(chromium != null, "No Chromium at " + Chromium.EXECUTABLE + ": browser test skipped");
        throttle.reset();
        context = chromium.newContext();
        page = context.newPage();
        // Charts animate unless the reader prefers reduced motion; screenshots must show the final state.
        page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
        page.navigate(url("/rankings" + QUERY));
        new LoginPage(page).waitUntilShown().signIn("leader", "demo");
    }

    @AfterEach
    void closeBrowser() {
        if (context != null) {
            context.close();
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private JsonNode api(String path) throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString("leader:demo".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url(path)))
                                .header("Authorization", "Basic " + credentials)
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void the_ranking_lists_the_wards_in_the_apis_order_with_the_shared_rank() throws Exception {
        JsonNode ranking = api("/api/v1/rankings" + QUERY);
        List<String> expected = new ArrayList<>();
        ranking.get("rows").forEach(r -> expected.add(r.get("unitName").asString()));
        int ranked = expected.size();

        List<String> shown = page.locator("#ranking-grid a").allTextContents();
        assertThat(shown.subList(0, ranked)).containsExactlyElementsOf(expected);
        assertThat(shown).hasSize(ranked + ranking.get("missing").size());

        int sharedRank = 0;
        for (int i = 1; i < ranking.get("rows").size(); i++) {
            if (ranking.get("rows").get(i).get("rank").asInt()
                    == ranking.get("rows").get(i - 1).get("rank").asInt()) {
                sharedRank = ranking.get("rows").get(i).get("rank").asInt();
            }
        }
        assertThat(sharedRank).as("the demo February has a tie").isPositive();
        Locator rankCells = page.locator("#ranking-grid vaadin-grid-cell-content")
                .getByText(Integer.toString(sharedRank), new Locator.GetByTextOptions().setExact(true));
        assertThat(rankCells.count()).isEqualTo(2);
        assertThat(page.locator("#ranking-grid").textContent()).contains("84,1").contains("Chưa có báo cáo");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("walk-1-ranking.png"))
                .setFullPage(true));
    }

    @Test
    void the_heatmap_has_a_cell_per_ward_and_criterion_and_its_weakest_cell_opens_the_ward_page() throws Exception {
        JsonNode heatmap = api("/api/v1/heatmap" + QUERY);
        page.navigate(url("/heatmap" + QUERY));
        Locator cells = page.locator("#criteria-heatmap button.heat-cell");
        cells.first().waitFor();
        assertThat(cells.count()).isEqualTo(heatmap.get("rows").size() * 6);
        assertThat(page.locator("#criteria-heatmap button.heat-weakest").count())
                .isEqualTo(heatmap.get("rows").size());
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("walk-2-heatmap.png"))
                .setFullPage(true));

        page.locator("#criteria-heatmap button.heat-weakest[aria-label^='Phường Ninh Sơn,']")
                .click();

        page.waitForURL("**/wards/TNI.TPTN.NINHSON?period=2024-02");
        Locator document = page.locator("#official-report");
        document.waitFor();
        assertThat(document.textContent())
                .contains("Tổng điểm: 84,1 điểm.")
                .contains("Công khai, minh bạch: 16,7/18 điểm")
                .contains("Thanh toán trực tuyến: 4,9/10 điểm")
                .contains(
                        "Bộ phận Một cửa hướng dẫn, hỗ trợ người dân nộp hồ sơ và thanh toán phí, lệ phí trực tuyến.");
        assertThat(page.locator("#remediation-plan").textContent()).contains("Thông tư số 01/2023/TT-VPCP");
        assertThat(page.locator("#consistency-flags").textContent()).contains("TTTT");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("walk-3-ward.png"))
                .setFullPage(true));
        for (String chart : new String[] {"criteria-chart", "trend-chart"}) {
            Locator svg = page.locator("#" + chart + " chiso-apex-chart svg").first();
            svg.scrollIntoViewIfNeeded();
            svg.waitFor();
            page.locator("#" + chart)
                    .screenshot(
                            new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("walk-4-" + chart + ".png")));
        }
    }

    @Test
    void the_views_fit_a_1366_by_768_laptop_and_a_tablet_without_page_wide_scrolling() {
        for (int[] size : new int[][] {{1366, 768}, {820, 1180}}) {
            page.setViewportSize(size[0], size[1]);
            for (String path : new String[] {"/rankings" + QUERY, "/heatmap" + QUERY, "/" + QUERY}) {
                page.navigate(url(path));
                page.locator("h2").first().waitFor();
                // Wide grids scroll inside themselves; the page itself must not need sideways scrolling.
                Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
                assertThat(((Number) overflow).intValue())
                        .as("%s at %dx%d", path, size[0], size[1])
                        .isLessThanOrEqualTo(0);
            }
            page.navigate(url("/rankings" + QUERY));
            page.locator("#ranking-grid").waitFor();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("fit-rankings-" + size[0] + "x" + size[1] + ".png")));
        }
    }

    @Test
    void the_overview_opens_first_with_the_scope_and_period_in_the_address() {
        page.navigate(url("/"));
        page.locator("#overview-cards").waitFor();
        // The forward to the defaults rewrites the address from the client, a moment after the view renders.
        page.waitForURL(java.util.regex.Pattern.compile(".*[?&]scope=TNI\\.TPTN.*"));
        assertThat(page.url()).contains("scope=TNI.TPTN").contains("period=2024-02");
        assertThat(page.locator("#overview-reported").textContent()).contains("đã báo cáo");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("walk-0-overview.png"))
                .setFullPage(true));
    }
}
