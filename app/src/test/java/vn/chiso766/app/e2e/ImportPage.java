package vn.chiso766.app.e2e;

import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

/** The import page (importing.ui.ImportView): upload a file, read the preview, confirm, follow a ranking link. */
final class ImportPage {

    private final Page page;

    ImportPage(Page page) {
        this.page = page;
    }

    static ImportPage open(Page page, String baseUrl) {
        page.navigate(baseUrl + "/import");
        page.locator("#import-heading").waitFor();
        return new ImportPage(page);
    }

    /** Chooses the file through the upload's own button, as a person does. */
    ImportPage upload(String fileName, String mimeType, byte[] bytes) {
        FileChooser chooser = page.waitForFileChooser(
                () -> page.locator("#import-upload [slot='add-button']").click());
        chooser.setFiles(new FilePayload(fileName, mimeType, bytes));
        page.locator("#import-summary").waitFor();
        return this;
    }

    Locator summary() {
        return page.locator("#import-summary");
    }

    Locator confirm() {
        return page.locator("#import-confirm");
    }

    Locator done() {
        return page.locator("#import-done");
    }

    RankingPage openRanking(int index) {
        page.locator("#import-ranking-" + index).click();
        return new RankingPage(page).waitUntilShown();
    }
}
