package vn.chiso766.app.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;

/** The ranking page (ranking.ui.RankingView) with the signed-in user's name and sign-out button. */
final class RankingPage {

    private final Page page;

    RankingPage(Page page) {
        this.page = page;
    }

    /** Vaadin renders the view after the page's load event, so wait for the heading and the grid. */
    RankingPage waitUntilShown() {
        heading().waitFor();
        grid().waitFor();
        return this;
    }

    Locator heading() {
        return page.locator("#ranking-heading");
    }

    Locator grid() {
        return page.locator("#ranking-grid");
    }

    Locator signedInUser() {
        return page.locator("#signed-in-user");
    }

    Locator unitCell(String unitName) {
        return grid().getByText(unitName, new Locator.GetByTextOptions().setExact(true));
    }

    LoginPage signOut() {
        page.locator("#sign-out").click();
        return new LoginPage(page).waitUntilShown();
    }

    void screenshot(Path file) {
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    }
}
