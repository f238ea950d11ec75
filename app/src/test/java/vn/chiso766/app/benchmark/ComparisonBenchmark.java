package vn.chiso766.app.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.chiso766.app.AppTest;
import vn.chiso766.app.e2e.BrowserSession;
import vn.chiso766.app.ranking.RankingResult;
import vn.chiso766.app.ranking.RankingService;
import vn.chiso766.app.ranking.TrendService;
import vn.chiso766.app.security.LoginThrottle;
import vn.chiso766.app.unit.UnitsChanged;
import vn.chiso766.domain.heatmap.CriteriaHeatmap;
import vn.chiso766.domain.period.Period;

/**
 * Issue 4's performance figures, printed, not asserted: server time to build the rankings, heatmap and trend
 * data for 135 and 3,321 units with 24 months each; time from navigation until the rankings grid shows its rows
 * in Chromium; heap kept per UI session after visiting every view. Run with scripts/benchmark.sh.
 */
@AppTest
@Tag("benchmark")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComparisonBenchmark {

    private static final Period.Month LAST = Period.month(2025, 12);
    private static final int MONTHS = 24;
    private static final int WARM_UP = 5;
    private static final int RUNS = 21;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    RankingService rankings;

    @Autowired
    TrendService trends;

    @Autowired
    UserDetailsService users;

    @Autowired
    LoginThrottle throttle;

    @LocalServerPort
    int port;

    private SyntheticData data;
    private String small;
    private String national;

    @BeforeAll
    void createData() {
        data = new SyntheticData(jdbc);
        data.removeAll();
        long start = System.nanoTime();
        small = data.scope("S135", 135, LAST, MONTHS);
        national = data.scope("S3321", 3321, LAST, MONTHS);
        events.publishEvent(new UnitsChanged());
        print("setup: %d cards written in %.1f s", (135 + 3321) * MONTHS, (System.nanoTime() - start) / 1e9);
    }

    @AfterAll
    void removeData() {
        data.removeAll();
        events.publishEvent(new UnitsChanged());
    }

    private void signInAsAdmin() {
        var admin = users.loadUserByUsername("admin");
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
    }

    @Test
    void server_time_for_rankings_heatmap_and_trend() {
        signInAsAdmin();
        for (String scope : List.of(small, national)) {
            int units = scope.equals(small) ? 135 : 3321;
            String unit = scope + ".1";
            time(
                    "rankings " + units + " units",
                    () -> rankings.rank(scope, LAST).orElseThrow());
            time(
                    "heatmap  " + units + " units",
                    () -> CriteriaHeatmap.of(
                            rankings.rank(scope, LAST).orElseThrow().table()));
            time(
                    "trend    " + units + " units (12 months)",
                    () -> trends.trend(unit, LAST, 12).orElseThrow());
            RankingResult result = rankings.rank(scope, LAST).orElseThrow();
            assertThat(result.table().rows()).hasSize(units);
        }
        SecurityContextHolder.clearContext();
    }

    @Test
    void chromium_time_until_the_ranking_shows_its_rows_and_heap_per_session() throws Exception {
        throttle.reset();
        try (BrowserSession browser = BrowserSession.start()) {
            if (browser == null) {
                print("chromium: not installed, browser figures skipped");
                return;
            }
            for (String scope : List.of(small, national)) {
                int units = scope.equals(small) ? 135 : 3321;
                BrowserContext context = browser.signedIn(port, "admin", "demo");
                Page page = context.pages().getFirst();
                long[] millis = new long[7];
                for (int i = 0; i < millis.length; i++) {
                    long start = System.nanoTime();
                    page.navigate(url("/rankings?scope=" + scope + "&period=" + LAST.code()));
                    page.locator("#ranking-grid a").nth(Math.min(units, 20) - 1).waitFor();
                    millis[i] = (System.nanoTime() - start) / 1_000_000;
                }
                Arrays.sort(millis);
                print(
                        "chromium rankings %d units: p50 %d ms (min %d, max %d, %d loads)",
                        units, millis[millis.length / 2], millis[0], millis[millis.length - 1], millis.length);
                context.close();
            }
            heapPerSession(browser);
        }
    }

    /**
     * Heap after GC with some sessions open, and again after more sessions have visited every view and stayed
     * open; the first sessions are not counted, since they also fill one-time caches (routes, templates, queries).
     */
    private void heapPerSession(BrowserSession browser) throws InterruptedException {
        int warmUp = 2;
        int sessions = 6;
        List<BrowserContext> open = new ArrayList<>();
        for (int i = 0; i < warmUp; i++) {
            open.add(visitEveryView(browser));
        }
        long before = usedHeapAfterGc();
        for (int i = 0; i < sessions; i++) {
            open.add(visitEveryView(browser));
        }
        long after = usedHeapAfterGc();
        print(
                "heap per UI session after visiting every view: %.2f MB (%d sessions counted after %d, %.1f MB → %.1f MB)",
                (after - before) / 1e6 / sessions, sessions, warmUp, before / 1e6, after / 1e6);
        open.forEach(BrowserContext::close);
    }

    private BrowserContext visitEveryView(BrowserSession browser) {
        BrowserContext context = browser.signedIn(port, "admin", "demo");
        Page page = context.pages().getFirst();
        for (String path : List.of(
                "/?scope=" + small + "&period=" + LAST.code(),
                "/rankings?scope=" + small + "&period=" + LAST.code(),
                "/heatmap?scope=" + small + "&period=" + LAST.code(),
                "/wards/" + small + ".1?period=" + LAST.code(),
                "/rankings?scope=TNI.TPTN&period=2024-02",
                "/heatmap?scope=TNI.TPTN&period=2024-02",
                "/wards/TNI.TPTN.NINHSON?period=2024-02")) {
            page.navigate(url(path));
            page.waitForLoadState();
            page.locator("h2").first().waitFor();
        }
        return context;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static void time(String what, Supplier<?> work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.get();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        print(
                "server %s: p50 %.1f ms, p90 %.1f ms (warm, %d runs)",
                what, nanos[RUNS / 2] / 1e6, nanos[(int) (RUNS * 0.9)] / 1e6, RUNS);
    }

    private static void print(String format, Object... args) {
        System.out.println("BENCHMARK " + String.format(Locale.ROOT, format, args));
    }
}
