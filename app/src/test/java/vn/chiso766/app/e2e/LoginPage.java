package vn.chiso766.app.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The sign-in page (ui.login.LoginView) as a person uses it: a vaadin-login-form posting to /login. */
final class LoginPage {

    private final Page page;

    LoginPage(Page page) {
        this.page = page;
    }

    static LoginPage open(Page page, String baseUrl) {
        page.navigate(baseUrl + "/login");
        return new LoginPage(page).waitUntilShown();
    }

    /** Vaadin renders the view after the page's load event, so wait for the form itself. */
    LoginPage waitUntilShown() {
        form().waitFor();
        return this;
    }

    Locator form() {
        return page.locator("#login-form");
    }

    /**
     * The form's error box in the shadow DOM of its wrapper (Playwright's CSS locators pierce it); the fields
     * have error parts of their own, which are slotted in from outside the wrapper.
     */
    Locator error() {
        return form().locator("vaadin-login-form-wrapper [part='error-message']");
    }

    Locator throttledMessage() {
        return page.locator("#login-throttled");
    }

    RankingPage signIn(String username, String password) {
        submit(username, password);
        return new RankingPage(page).waitUntilShown();
    }

    /** Submits credentials that will be refused and waits for the page Spring Security sends back. */
    LoginPage signInRefused(String username, String password) {
        // Every refusal lands on the same /login?error, so mark this document to tell the next one from it.
        page.evaluate("() => { window.e2eSubmitted = true; }");
        submit(username, password);
        page.waitForFunction("() => window.e2eSubmitted === undefined && document.querySelector('#login-form')");
        return waitUntilShown();
    }

    private void submit(String username, String password) {
        form().locator("input[name='username']").fill(username);
        Locator passwordField = form().locator("input[name='password']");
        passwordField.fill(password);
        passwordField.press("Enter");
    }
}
