package vn.chiso766.app.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.jspecify.annotations.Nullable;

/** Chromium for benchmarks outside this package: signed-in browser contexts, or null without Chromium. */
public final class BrowserSession implements AutoCloseable {

    private final Chromium chromium;

    private BrowserSession(Chromium chromium) {
        this.chromium = chromium;
    }

    public static @Nullable BrowserSession start() {
        return Chromium.isInstalled() ? new BrowserSession(Chromium.launch()) : null;
    }

    /** A new context signed in through the real sign-in page, with its page left on the landing view. */
    public BrowserContext signedIn(int port, String username, String password) {
        BrowserContext context = chromium.newContext();
        Page page = context.newPage();
        page.navigate("http://127.0.0.1:" + port + "/login");
        new LoginPage(page).waitUntilShown();
        page.locator("#login-form input[name='username']").fill(username);
        page.locator("#login-form input[name='password']").fill(password);
        page.locator("#login-form input[name='password']").press("Enter");
        page.waitForURL(url -> !url.contains("/login"));
        return context;
    }

    @Override
    public void close() {
        chromium.close();
    }
}
