package vn.chiso766.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.chiso766.app.AppTest;
import vn.chiso766.app.importing.ImportService;
import vn.chiso766.app.importing.ImportTestData;
import vn.chiso766.app.security.LoginThrottle;
import vn.chiso766.db.unit.UnitRepository;
import vn.chiso766.db.user.UserAccountEntity;
import vn.chiso766.db.user.UserAccountRepository;
import vn.chiso766.domain.access.Role;

/**
 * An officer uploads a spreadsheet in a real headless Chromium, confirms the preview and sees the ranking change.
 * The officer and the wards belong to a district of their own, so the demo data stays as it is.
 */
@AppTest
class ImportEndToEndTest {

    private static final Path SCREENSHOTS = Path.of("target", "e2e");
    private static final String OFFICER = "import-e2e-officer";
    private static final String PERIOD = "2024-05";

    @LocalServerPort
    private int port;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private ImportService imports;

    @Autowired
    private UserAccountRepository users;

    @Autowired
    private UnitRepository units;

    @Autowired
    private PasswordEncoder encoder;

    @Autowired
    private LoginThrottle throttle;

    private ImportTestData data;
    private Chromium chromium;
    private BrowserContext browser;
    private Page page;

    @BeforeEach
    void prepare() {
        assumeTrue(Chromium.isInstalled(), "No Chromium at " + Chromium.EXECUTABLE + ": browser test skipped");
        data = ImportTestData.create(context, 2);
        users.findByUsername(OFFICER).ifPresent(users::delete);
        users.save(new UserAccountEntity(
                OFFICER,
                "Cán bộ thử nhập",
                encoder.encode("demo"),
                Role.OFFICER,
                units.findByCode(data.district).orElseThrow()));
        // Last month's figures as the office had them: ward 2 ahead of ward 1.
        ImportTestData.signInAs(Role.OFFICER, data.district);
        imports.commit(
                "truoc.csv",
                ImportTestData.csv(
                        ImportTestData.HEADER,
                        data.row(1, PERIOD, "10", "15", "8", "7", "15", "15"),
                        data.row(2, PERIOD, "15", "18", "9", "8", "15", "15")),
                null);
        ImportTestData.signOut();
        throttle.reset();
        chromium = Chromium.launch();
        browser = chromium.newContext();
        page = browser.newPage();
    }

    @AfterEach
    void cleanUp() {
        if (chromium != null) {
            browser.close();
            chromium.close();
        }
        if (data != null) {
            users.findByUsername(OFFICER).ifPresent(users::delete);
            data.removeAll();
        }
        throttle.reset();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @SuppressWarnings("unchecked")
    private List<List<String>> rankingRows() {
        // The grid's rendered rows in their order, each as the texts of its cells (rank, movement, unit, total…).
        Object rows = page.evaluate("""
                () => {
                  const grid = document.querySelector('#ranking-grid');
                  return [...grid.shadowRoot.querySelectorAll('#items tr')]
                    .filter(tr => !tr.hidden && tr.index !== undefined)
                    .sort((a, b) => a.index - b.index)
                    .map(tr => [...tr.querySelectorAll('td')].map(td => {
                      const slot = td.querySelector('slot');
                      const content = slot && slot.assignedElements()[0];
                      return content ? content.textContent.trim() : '';
                    }));
                }
                """);
        return (List<List<String>>) rows;
    }

    @Test
    void an_officer_uploads_a_spreadsheet_confirms_the_preview_and_sees_the_ranking_change() throws IOException {
        page.navigate(url("/rankings?scope=" + data.district + "&period=" + PERIOD));
        RankingPage before = new LoginPage(page).waitUntilShown().signIn(OFFICER, "demo");
        page.waitForFunction(
                "() => document.querySelector('#ranking-grid').shadowRoot.querySelectorAll('#items tr').length > 0");
        assertThat(rankingRows()).extracting(r -> r.get(2)).startsWith(data.wardName(2), data.wardName(1));
        before.screenshot(SCREENSHOTS.resolve("import-ranking-before.png"));

        ImportPage importPage = ImportPage.open(page, url(""));
        importPage.upload("thang-05.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx());

        assertThat(importPage.summary().textContent())
                .isEqualTo("thang-05.xlsx: 1 dòng — 0 mới, 1 thay đổi, 0 không đổi, 0 có lỗi; 0 lỗi, 0 cảnh báo.");
        assertThat(importPage.confirm().isEnabled()).isTrue();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("import-preview.png"))
                .setFullPage(true));
        importPage.confirm().click();
        importPage.done().waitFor();
        assertThat(importPage.done().textContent())
                .isEqualTo("Đã nhập thang-05.xlsx: 0 mới, 1 thay đổi, 0 không đổi; tạo 0 đơn vị.");

        RankingPage after = importPage.openRanking(0);
        page.waitForFunction(
                "() => document.querySelector('#ranking-grid').shadowRoot.querySelectorAll('#items tr').length > 0");
        List<List<String>> rows = rankingRows();
        assertThat(rows.get(0)).contains("1", data.wardName(1), "95,0");
        assertThat(rows.get(1)).contains("2", data.wardName(2));
        after.screenshot(SCREENSHOTS.resolve("import-ranking-after.png"));
    }

    /** Ward 1's corrected month: 95 points, ahead of ward 2. */
    private byte[] xlsx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            List<String> header = List.of("Mã đơn vị", "Kỳ", "CKMB", "TDGQ", "ONLINE", "TTTT", "MDHL", "MDSH");
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                first.createCell(i).setCellValue(header.get(i));
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(data.ward(1));
            row.createCell(1).setCellValue(PERIOD);
            double[] points = {18, 20, 12, 10, 17, 18};
            for (int i = 0; i < points.length; i++) {
                row.createCell(2 + i).setCellValue(points[i]);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
