package vn.chiso766.app.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.chiso766.app.AppTest;
import vn.chiso766.app.demo.ReportText;
import vn.chiso766.app.intake.IntakeData;
import vn.chiso766.app.shell.ui.MainLayout;
import vn.chiso766.domain.period.Period;

@AppTest
@WithUserDetails("officer")
@ViewPackages(classes = {ReportImportView.class, ReportEntryView.class, MainLayout.class})
class ReportImportViewTest extends SpringBrowserlessTest {

    private static final String WARD = "TNI.TPTN.P1";
    private static final Period.Month MONTH = Period.month(2007, 8);

    @Autowired
    ApplicationContext context;

    @AfterEach
    void removeWhatTheTestWrote() {
        IntakeData.of(context).remove(WARD, MONTH.code());
    }

    private void upload(String fileName, String text) {
        navigate("import/report", ReportImportView.class);
        test($(Upload.class).id("import-upload")).upload(fileName, "text/plain", ReportText.bytes(text));
    }

    private List<ExtractionPanel.Item> extracted() {
        @SuppressWarnings("unchecked")
        Grid<ExtractionPanel.Item> grid = $(Grid.class).id("extracted");
        var tester = test(grid);
        List<ExtractionPanel.Item> items = new ArrayList<>();
        for (int i = 0; i < tester.size(); i++) {
            items.add(tester.getRow(i));
        }
        return items;
    }

    private ExtractionPanel.Item item(String label) {
        return extracted().stream()
                .filter(i -> i.label().equals(label))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void what_was_read_is_shown_beside_the_numbered_text_with_the_flags() {
        upload("bao-cao-phuong-1.txt", ReportText.seedFor("Phường 1", MONTH));

        assertThat($(Div.class).id("document-text").getChildren().count()).isEqualTo(45);
        assertThat($(Div.class).id("line-21").getElement().getTextRecursively())
                .isEqualTo("21- Thanh toán trực tuyến: 4,9/10 điểm;");
        assertThat(item("Phường, xã")).isEqualTo(new ExtractionPanel.Item("Phường, xã", "phường 1", 9));
        assertThat(item("Thanh toán trực tuyến"))
                .isEqualTo(new ExtractionPanel.Item("Thanh toán trực tuyến", "4,9/10", 21));
        assertThat(item("Tổng điểm").value()).isEqualTo("84,1");
        assertThat(item("Hồ sơ có kết quả điện tử (%)"))
                .isEqualTo(new ExtractionPanel.Item("Hồ sơ có kết quả điện tử (%)", "96,21", 15));
        assertThat($(Div.class).id("import-flags").getElement().getTextRecursively())
                .contains("Báo cáo nêu nhóm CKMB (Công khai, minh bạch) là thấp nhất");
        assertThat($(Paragraph.class).id("import-file").getText())
                .startsWith("bao-cao-phuong-1.txt: TEXT, bảng mã UTF-8");
        assertThat($(Button.class).id("import-confirm").isEnabled()).isTrue();
        assertThat(IntakeData.of(context).reports(WARD, MONTH.code())).isZero();
    }

    @Test
    void confirming_saves_the_draft_and_offers_the_entry_form() {
        upload("bao-cao-phuong-1.txt", ReportText.seedFor("Phường 1", MONTH));

        test($(Button.class).id("import-confirm")).click();

        assertThat($(Paragraph.class).id("import-message").getText()).isEqualTo("Đã lưu cho Phường 1: bản nháp.");
        assertThat(IntakeData.of(context).reports(WARD, MONTH.code())).isOne();
        assertThat(IntakeData.of(context).cards(WARD, MONTH.code())).isOne();
        assertThat($(Button.class).id("import-confirm").isEnabled()).isFalse();
    }

    @Test
    void problems_are_listed_with_their_lines_and_block_the_save() {
        String text = ReportText.seedFor("Phường 1", MONTH).replace("19,4/20", "19,x/20");

        upload("sai.txt", text);

        assertThat($(Div.class).id("import-problems").getElement().getTextRecursively())
                .contains("Dòng 19: “19,x” không phải là số (Tiến độ giải quyết)");
        assertThat($(Div.class).id("line-19").getClassNames()).contains("line-problem");
        assertThat($(Button.class).id("import-confirm").isEnabled()).isFalse();
    }

    @Test
    @WithUserDetails("chair-ninhson")
    void a_ward_chair_uploading_a_neighbours_report_is_told_it_is_not_theirs() {
        upload("hiep-ninh.txt", ReportText.seedFor("Phường Hiệp Ninh", MONTH));

        assertThat($(Paragraph.class).id("import-refusal").getText())
                .isEqualTo("Dòng 9: văn bản là báo cáo của Phường Hiệp Ninh; bạn chỉ được nhập báo cáo của phường,"
                        + " xã mình.");
        assertThat($(Button.class).id("import-confirm").isEnabled()).isFalse();
    }
}
