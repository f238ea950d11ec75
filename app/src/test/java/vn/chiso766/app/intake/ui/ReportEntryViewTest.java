package vn.chiso766.app.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.chiso766.app.AppTest;
import vn.chiso766.app.intake.EntryForms;
import vn.chiso766.app.intake.IntakeData;
import vn.chiso766.app.intake.ReportEntryService;
import vn.chiso766.app.intake.ReportForm;
import vn.chiso766.app.report.ReportService;
import vn.chiso766.app.shell.ui.MainLayout;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.report.ReportStatus;

@AppTest
@WithUserDetails("officer")
@ViewPackages(classes = {ReportEntryView.class, MainLayout.class})
class ReportEntryViewTest extends SpringBrowserlessTest {

    private static final String WARD = "TNI.TPTN.P4";
    private static final Period.Month MONTH = Period.month(2006, 4);
    private static final String[][] GROUPS = {
        {"CKMB", "16.7"}, {"TDGQ", "19.4"}, {"ONLINE", "7.3"}, {"TTTT", "4.9"}, {"MDHL", "18"}, {"MDSH", "17.8"}
    };

    @Autowired
    ReportEntryService service;

    @Autowired
    ReportService reports;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void removeWhatTheTestWrote() {
        IntakeData.of(context).remove(WARD, MONTH.code());
        IntakeData.of(context).remove("TNI.TPTN.NINHSON", MONTH.code());
    }

    private void open(String unit) {
        UI.getCurrent()
                .navigate(ReportEntryView.class, QueryParameters.simple(Map.of("unit", unit, "period", MONTH.code())));
        assertThat(getCurrentView()).isInstanceOf(ReportEntryView.class);
    }

    private String text(String id) {
        return $(Paragraph.class).id(id).getText();
    }

    private BigDecimalField group(String code) {
        return $(BigDecimalField.class).id("group-" + code);
    }

    private void fillGroups() {
        for (String[] g : GROUPS) {
            test(group(g[0])).setValue(new BigDecimal(g[1]));
        }
    }

    private void click(String id) {
        test($(Button.class).id(id)).click();
    }

    @Test
    void each_group_shows_its_maximum_and_the_total_and_band_follow_the_typing() {
        open(WARD);
        assertThat($(H2.class).id("entry-heading").getText()).isEqualTo("Báo cáo tháng: Phường IV — Tháng 04/2006");
        assertThat(text("entry-status")).isEqualTo("Trạng thái: mới, chưa lưu");
        assertThat(group("MDSH").getHelperText()).isEqualTo("Tối đa 22 điểm");
        assertThat(text("entry-total")).isEqualTo("Tổng điểm: – (hãy nhập đủ sáu nhóm)");

        fillGroups();

        assertThat(text("entry-total")).isEqualTo("Tổng điểm: 84,1 điểm, xếp loại Tốt");
    }

    @Test
    void a_score_above_its_maximum_is_explained_beside_the_field_and_nothing_is_saved() {
        open(WARD);
        fillGroups();
        test(group("MDHL")).setValue(new BigDecimal("18.5"));
        test($(BigDecimalField.class).id("figure-SATISFACTION_RATE")).setValue(new BigDecimal("110"));

        click("entry-save");

        assertThat(group("MDHL").isInvalid()).isTrue();
        assertThat(group("MDHL").getErrorMessage()).isEqualTo("Từ 0 đến 18");
        assertThat($(BigDecimalField.class).id("figure-SATISFACTION_RATE").getErrorMessage())
                .isEqualTo("Tỷ lệ phần trăm từ 0 đến 100");
        assertThat(text("entry-message")).isEqualTo("Chưa lưu gì: hãy sửa các ô được đánh dấu đỏ.");
        assertThat(IntakeData.of(context).reports(WARD, MONTH.code())).isZero();
    }

    @Test
    void the_officer_fills_saves_a_draft_submits_and_approves() {
        open(WARD);
        fillGroups();
        test($(IntegerField.class).id("figure-DOSSIERS")).setValue(180);
        test($(BigDecimalField.class).id("figure-ELECTRONIC_RESULT_RATE")).setValue(new BigDecimal("96.21"));
        click("causes-add");
        test($(TextArea.class).first()).setValue("Tỷ lệ thanh toán trực tuyến còn thấp.");
        test($(TextField.class).id("signer-name")).setValue("Nguyễn Văn Minh");

        click("entry-save");
        assertThat(text("entry-message")).isEqualTo("Đã lưu bản nháp.");
        assertThat(text("entry-status")).isEqualTo("Trạng thái: bản nháp");

        click("entry-submit");
        assertThat(text("entry-message")).isEqualTo("Đã gửi báo cáo lên Phòng.");
        assertThat(text("entry-status")).isEqualTo("Trạng thái: đã gửi, chờ Phòng duyệt");
        assertThat($(Button.class).withId("entry-save").exists())
                .as("a submitted report is not edited")
                .isFalse();
        assertThat(group("CKMB").isReadOnly()).isTrue();
        assertThat($(TextArea.class).first().isReadOnly()).isTrue();
        assertThat($(Button.class).withId("causes-add").exists()).isFalse();

        click("entry-approve");
        assertThat(text("entry-status")).isEqualTo("Trạng thái: đã duyệt");
        var stored = reports.find(WARD, MONTH).orElseThrow();
        assertThat(stored.report().status()).isEqualTo(ReportStatus.APPROVED);
        assertThat(stored.report().causes()).containsExactly("Tỷ lệ thanh toán trực tuyến còn thấp.");
        assertThat(stored.card().total()).isEqualByComparingTo("84.1");
        assertThat(stored.card().figures().dossiers()).isEqualTo(180);
    }

    @Test
    void the_officer_returns_a_submitted_report_with_a_comment_shown_on_the_form() {
        ReportForm form = EntryForms.filled(service.load(WARD, MONTH));
        service.submit(WARD, form);
        open(WARD);

        click("entry-return");
        assertThat($(TextArea.class).id("return-comment").isInvalid()).isTrue();

        test($(TextArea.class).id("return-comment")).setValue("Bổ sung số liệu chứng thực điện tử.");
        click("entry-return");

        assertThat(text("entry-status")).isEqualTo("Trạng thái: bản nháp");
        assertThat(text("entry-return-comment"))
                .isEqualTo("Phòng đã trả lại báo cáo: Bổ sung số liệu chứng thực điện tử.");
        assertThat($(Button.class).id("entry-save").isVisible()).isTrue();
    }

    @Test
    void the_second_of_two_people_saving_is_told_and_keeps_what_was_typed() {
        service.saveDraft(WARD, EntryForms.filled(service.load(WARD, MONTH)));
        open(WARD);
        // Meanwhile someone else saves the same report.
        ReportForm theirs = EntryForms.filled(service.load(WARD, MONTH));
        theirs.setGroup("TTTT", new BigDecimal("5.5"));
        service.saveDraft(WARD, theirs);

        test(group("TTTT")).setValue(new BigDecimal("6.2"));
        test($(TextField.class).id("signer-name")).setValue("Trần Thị Lan");
        click("entry-save");

        assertThat(text("entry-message")).startsWith("Báo cáo này vừa được người khác lưu sau khi bạn mở");
        assertThat(group("TTTT").getValue()).isEqualByComparingTo("6.2");
        assertThat($(TextField.class).id("signer-name").getValue()).isEqualTo("Trần Thị Lan");
        assertThat(reports.find(WARD, MONTH)
                        .orElseThrow()
                        .card()
                        .groups()
                        .get("TTTT")
                        .orElseThrow())
                .isEqualByComparingTo("5.5");
    }

    @Test
    void without_a_unit_and_month_the_form_asks_for_them() {
        navigate("reports/edit", ReportEntryView.class);
        assertThat($(com.vaadin.flow.component.combobox.ComboBox.class)
                        .id("entry-unit")
                        .isVisible())
                .isTrue();
        assertThat($(Button.class).id("entry-open").isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("chair-ninhson")
    void a_ward_chair_typing_another_wards_address_is_refused() {
        open(WARD);
        assertThat(text("entry-error")).isEqualTo("Bạn không có quyền xem nội dung này.");
    }

    @Test
    @WithUserDetails("chair-ninhson")
    void a_ward_chair_submits_the_own_ward_and_cannot_approve_it() {
        open("TNI.TPTN.NINHSON");
        fillGroups();
        test($(TextField.class).id("signer-name")).setValue("Nguyễn Văn Minh");

        click("entry-submit");

        assertThat(text("entry-status")).isEqualTo("Trạng thái: đã gửi, chờ Phòng duyệt");
        assertThat($(Button.class).withId("entry-approve").exists()).isFalse();
    }
}
