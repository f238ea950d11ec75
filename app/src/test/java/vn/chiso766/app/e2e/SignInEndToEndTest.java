package vn.chiso766.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.chiso766.app.AppTest;
import vn.chiso766.app.security.LoginThrottle;

/**
 * Sign-in, landing, sign-out and refusals in a real headless Chromium against the running application. Skipped
 * where /usr/bin/chromium is missing; CI installs it (.ci/run). Screenshots go to app/target/e2e.
 */
@AppTest
class SignInEndToEndTest {

    private static final Path SCREENSHOTS = Path.of("target", "e2e");
    private static final String HEADING = "Xếp hạng các đơn vị thuộc Thành phố Tây Ninh — Tháng 02/2024";

    private static Chromium chromium;

    @LocalServerPort
    private int port;

    @Autowired
    private LoginThrottle throttle;

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
    void openBrowser() {
        // Per test rather than once for the class, so that the run reports each skipped test.
        assumeTrue(chromium != null, "No Chromium at " + Chromium.EXECUTABLE + ": browser test skipped");
        // All tests sign in from 127.0.0.1; failures left by another test must not block these sign-ins, and the
        // refusals below must not block the tests after this one.
        throttle.reset();
        context = chromium.newContext();
        page = context.newPage();
    }

    @AfterEach
    void closeBrowser() {
        if (context != null) {
            context.close();
        }
        throttle.reset();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            admin         | Quản trị hệ thống · Quản trị
            leader        | Lãnh đạo UBND thành phố Tây Ninh · Lãnh đạo
            officer       | Phòng Nội vụ thành phố Tây Ninh · Cán bộ tổng hợp
            chair-ninhson | Chủ tịch UBND phường Ninh Sơn · Chủ tịch UBND phường, xã
            """)
    void each_demo_role_signs_in_on_the_sign_in_page_and_lands_on_the_ranking(String username, String signedInAs) {
        page.navigate(url("/rankings"));
        LoginPage login = new LoginPage(page).waitUntilShown();

        RankingPage ranking = login.signIn(username, "demo");

        assertThat(page.url()).startsWith(url("/rankings"));
        assertThat(ranking.heading().textContent()).isEqualTo(HEADING);
        assertThat(ranking.signedInUser().isVisible()).isTrue();
        assertThat(ranking.signedInUser().textContent()).isEqualTo(signedInAs);
        assertThat(ranking.unitCell("Phường Ninh Sơn").isVisible()).isTrue();
        ranking.screenshot(SCREENSHOTS.resolve("ranking-" + username + ".png"));
    }

    @Test
    void a_wrong_password_keeps_the_user_on_the_sign_in_page_with_an_error() {
        LoginPage login = LoginPage.open(page, url("")).signInRefused("officer", "not-the-password");

        assertThat(page.url()).isEqualTo(url("/login?error"));
        assertThat(login.error().isVisible()).isTrue();
        assertThat(login.error().textContent()).contains("Sai tên đăng nhập hoặc mật khẩu");
        assertThat(login.throttledMessage().isVisible()).isFalse();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("login-wrong-password.png")));
    }

    @Test
    void signing_out_returns_to_the_sign_in_page_and_ends_the_session() {
        page.navigate(url("/rankings"));
        RankingPage ranking = new LoginPage(page).waitUntilShown().signIn("leader", "demo");

        ranking.signOut();

        assertThat(page.url()).isEqualTo(url("/login"));
        page.navigate(url("/rankings"));
        new LoginPage(page).waitUntilShown();
        assertThat(page.url()).isEqualTo(url("/login"));
    }

    @Test
    void opening_the_ranking_without_signing_in_lands_on_the_sign_in_page() {
        page.navigate(url("/rankings"));
        new LoginPage(page).waitUntilShown();

        assertThat(page.url()).isEqualTo(url("/login"));
        assertThat(page.locator("#ranking-heading").count()).isZero();
    }

    @Test
    void after_five_failures_the_sign_in_page_says_to_wait_instead_of_blaming_the_password() {
        // A name of its own: the throttle counts per user name as well as per address.
        String username = "nobody-" + UUID.randomUUID();
        LoginPage login = LoginPage.open(page, url(""));
        for (int i = 1; i <= 5; i++) {
            login.signInRefused(username, "wrong-" + i);
            assertThat(login.error().isVisible())
                    .as("password error after failure %d", i)
                    .isTrue();
        }

        login.signInRefused(username, "wrong-6");

        assertThat(login.throttledMessage().isVisible()).isTrue();
        assertThat(login.throttledMessage().textContent())
                .isEqualTo("Đăng nhập sai quá nhiều lần với tài khoản này hoặc từ máy này."
                        + " Vui lòng chờ vài phút rồi thử lại.");
        assertThat(login.error().isVisible()).isFalse();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("login-throttled.png")));
    }
}
