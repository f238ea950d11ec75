package vn.chiso766.app.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The operating system's headless Chromium driven by Playwright. Playwright's own browser builds are never
 * downloaded (no machine here reaches their download site); CI installs Debian's chromium package instead.
 */
final class Chromium implements AutoCloseable {

    static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static boolean isInstalled() {
        return Files.isExecutable(EXECUTABLE);
    }

    static Chromium launch() {
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(EXECUTABLE)
                            .setHeadless(true)
                            // No sandbox: CI runs as root, where Chromium refuses to start with one.
                            .setArgs(List.of(
                                    "--no-sandbox",
                                    "--disable-gpu",
                                    "--disable-background-networking",
                                    "--disable-component-update",
                                    "--disable-sync",
                                    "--no-first-run")));
            return new Chromium(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** A fresh browser profile: no cookies, so no session from an earlier test. */
    BrowserContext newContext() {
        BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1440, 900).setLocale("vi-VN"));
        context.setDefaultTimeout(30_000);
        return context;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
