package vn.chiso766.app.importing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.chiso766.app.AppTest;
import vn.chiso766.app.importing.ImportRow;
import vn.chiso766.app.importing.ImportTestData;
import vn.chiso766.app.importing.RowStatus;
import vn.chiso766.app.ranking.ui.RankingView;
import vn.chiso766.db.unit.UnitRepository;
import vn.chiso766.db.user.UserAccountEntity;
import vn.chiso766.db.user.UserAccountRepository;
import vn.chiso766.domain.access.Role;

/** The import page without a browser: upload a CSV, read the preview, confirm, see the counts and the links. */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithUserDetails(ImportViewTest.OFFICER)
@ViewPackages(classes = {ImportView.class, RankingView.class})
class ImportViewTest extends SpringBrowserlessTest {

    static final String OFFICER = "import-view-officer";

    @Autowired
    ApplicationContext context;

    @Autowired
    UserAccountRepository users;

    @Autowired
    UnitRepository units;

    @Autowired
    PasswordEncoder encoder;

    private ImportTestData data;

    /** An officer of a district of its own, so the demo district's rankings stay as they are. */
    @BeforeAll
    void createDistrictAndOfficer() {
        data = ImportTestData.create(context, 2);
        users.findByUsername(OFFICER).ifPresent(users::delete);
        users.save(new UserAccountEntity(
                OFFICER,
                "Cán bộ thử nhập",
                encoder.encode("demo"),
                Role.OFFICER,
                units.findByCode(data.district).orElseThrow()));
    }

    @AfterAll
    void removeThem() {
        users.findByUsername(OFFICER).ifPresent(users::delete);
        data.removeAll();
    }

    private byte[] file(String period) {
        return ImportTestData.csv(
                ImportTestData.HEADER,
                data.row(1, period, "16,7", "19,4", "7,3", "4,9", "18", "17,8"),
                data.row(2, period, "15", "18,5", "8", "6", "17", "20"));
    }

    private ImportView open() {
        return navigate("import", ImportView.class);
    }

    private void upload(String name, byte[] bytes) {
        test($(Upload.class).id("import-upload")).upload(name, "text/csv", bytes);
    }

    @SuppressWarnings("unchecked")
    private List<ImportRow> previewRows() {
        Grid<ImportRow> grid = $(Grid.class).id("import-preview");
        var tester = test(grid);
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 0; i < tester.size(); i++) {
            rows.add(tester.getRow(i));
        }
        return rows;
    }

    @Test
    void an_uploaded_csv_is_previewed_then_confirmed_and_links_to_the_ranking() {
        open();
        assertThat($(Anchor.class).id("import-template").getText()).isEqualTo("Tải mẫu bảng tính (XLSX)");

        upload("thang-03.csv", file("2024-03"));

        assertThat($(Paragraph.class).id("import-summary").getText())
                .isEqualTo("thang-03.csv: 2 dòng — 2 mới, 0 thay đổi, 0 không đổi, 0 có lỗi; 0 lỗi, 0 cảnh báo.");
        assertThat(previewRows()).extracting(ImportRow::status).containsExactly(RowStatus.NEW, RowStatus.NEW);
        Button confirm = $(Button.class).id("import-confirm");
        assertThat(confirm.isEnabled()).isTrue();
        assertThat(data.cardsOfProvince()).isZero();

        test(confirm).click();

        assertThat($(Paragraph.class).id("import-done").getText())
                .isEqualTo("Đã nhập thang-03.csv: 2 mới, 0 thay đổi, 0 không đổi; tạo 0 đơn vị.");
        assertThat(data.cardsOfProvince()).isEqualTo(2);
        RouterLink link = $(RouterLink.class).id("import-ranking-0");
        assertThat(link.getHref()).isEqualTo("rankings?period=2024-03&scope=" + data.district);
        assertThat(link.getText()).isEqualTo("Xếp hạng Huyện thử " + data.province + " — Tháng 03/2024");
    }

    @Test
    void a_file_with_errors_shows_them_and_cannot_be_confirmed() {
        open();

        upload(
                "sai.csv",
                ImportTestData.csv(
                        ImportTestData.HEADER, data.row(1, "2024-13", "16,7", "19,4", "7,3", "4,9", "18", "17,8")));

        assertThat(previewRows()).singleElement().satisfies(row -> {
            assertThat(row.status()).isEqualTo(RowStatus.ERROR);
            assertThat(row.issues().getFirst().field()).isEqualTo("Kỳ");
        });
        assertThat($(Button.class).id("import-confirm").isEnabled()).isFalse();
        assertThat($(Paragraph.class).id("import-status").getText())
                .isEqualTo("Không thể lưu khi tệp còn lỗi: hãy sửa các lỗi và tải tệp lên lại.");
    }

    @Test
    void a_file_that_is_not_a_spreadsheet_is_explained_as_a_problem_of_the_file() {
        open();

        upload("anh.xlsx", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});

        assertThat($(Div.class).id("import-file-issues").getElement().getTextRecursively())
                .contains("Lỗi — anh.xlsx: Nội dung tệp là PNG (tên tệp có đuôi .xlsx)");
        assertThat($(Button.class).id("import-confirm").isEnabled()).isFalse();
    }

    @Test
    void a_large_file_is_read_in_the_background_behind_a_progress_bar() throws InterruptedException {
        ImportView view = open();
        view.runInBackgroundFrom(0);

        upload("lon.csv", file("2024-04"));

        assertThat($(ProgressBar.class).id("import-progress").isVisible()).isTrue();
        for (int i = 0; i < 100 && !$(Paragraph.class).withId("import-summary").exists(); i++) {
            Thread.sleep(50);
            // The background thread hands its result over through UI.access, run when the session is let go.
            VaadinSession.getCurrent().unlock();
            VaadinSession.getCurrent().lock();
        }
        assertThat($(ProgressBar.class).withId("import-progress").exists()).isFalse();
        assertThat(previewRows()).hasSize(2);
    }
}
