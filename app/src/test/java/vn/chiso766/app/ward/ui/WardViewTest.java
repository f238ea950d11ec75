package vn.chiso766.app.ward.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.chiso766.app.AppTest;
import vn.chiso766.app.shell.ui.MainLayout;
import vn.chiso766.domain.report.MeasureFollowUp;

@AppTest
@WithUserDetails("chair-ninhson")
@ViewPackages(classes = {WardView.class, MainLayout.class})
class WardViewTest extends SpringBrowserlessTest {

    private void open(String unit, String period) {
        UI.getCurrent().navigate("wards/" + unit, QueryParameters.simple(Map.of("period", period)));
        assertThat(getCurrentView()).isInstanceOf(WardView.class);
    }

    private String documentText() {
        return $(Div.class).id("official-report").getElement().getTextRecursively();
    }

    @Test
    void the_seed_report_is_laid_out_as_the_official_document() {
        open("TNI.TPTN.NINHSON", "2024-02");
        assertThat($(H2.class).id("ward-heading").getText()).isEqualTo("Phường Ninh Sơn — Tháng 02/2024");
        String text = documentText();
        assertThat(text)
                .contains("ỦY BAN NHÂN DÂN PHƯỜNG NINH SƠN")
                .contains("Số: …/BC-UBND")
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .contains("Ninh Sơn, ngày 04 tháng 3 năm 2024")
                .contains(
                        "Kết quả bộ chỉ số phục vụ người dân, doanh nghiệp tháng 02/2024 trên địa bàn phường Ninh Sơn")
                .contains("Tổng điểm: 84,1 điểm.")
                .contains("Công khai, minh bạch: 16,7/18 điểm")
                .contains("Thanh toán trực tuyến: 4,9/10 điểm")
                .contains("96,21")
                .contains("−1,5")
                .contains("Thông tư số 01/2023/TT-VPCP")
                .contains("KT. CHỦ TỊCH")
                .contains("Lưu: VT.");
    }

    @Test
    void the_page_flags_that_the_report_names_publicity_though_online_payment_is_weakest() {
        open("TNI.TPTN.NINHSON", "2024-02");
        String flags = $(Div.class).id("consistency-flags").getElement().getTextRecursively();
        assertThat(flags)
                .contains("Báo cáo nêu nhóm CKMB (Công khai, minh bạch) là thấp nhất")
                .contains("TTTT (Thanh toán trực tuyến, 4,9/10 điểm)");
        assertThat($(Paragraph.class).id("ward-standing").getText())
                // Eight ranked: Phường Hiệp Ninh's report awaits approval, Xã Thạnh Tân has none.
                .contains("/8 trong Thành phố Tây Ninh: 84,1 điểm, xếp loại Tốt")
                .contains("Thanh toán trực tuyến 4,9/10");
    }

    @Test
    void the_remediation_plan_lists_the_measures_and_last_months_measures_show_what_followed() {
        open("TNI.TPTN.NINHSON", "2024-02");
        @SuppressWarnings("unchecked")
        Grid<MeasureFollowUp> plan = $(Grid.class).id("remediation-plan");
        assertThat(test(plan).size()).isEqualTo(3);
        assertThat(test(plan).getRow(1).measure().targetCriterion()).isEqualTo("TTTT");
        @SuppressWarnings("unchecked")
        Grid<MeasureFollowUp> previous = $(Grid.class).id("previous-remediation-plan");
        assertThat(test(previous).size()).isPositive();
        MeasureFollowUp followUp = test(previous).getRow(0);
        // January's measure targets a criterion; February's points of it are compared with January's.
        assertThat(followUp.after()).singleElement().satisfies(p -> {
            assertThat(p.month().code()).isEqualTo("2024-02");
            assertThat(p.change()).isEqualByComparingTo(p.points().subtract(followUp.baseline()));
        });
    }

    @Test
    void the_chair_is_offered_the_entry_form_for_the_own_ward_only() {
        open("TNI.TPTN.NINHSON", "2024-02");
        Anchor edit = $(Anchor.class).id("ward-edit-report");
        assertThat(edit.getText()).isEqualTo("Mở trong biểu mẫu nhập");
        assertThat(edit.getHref()).isEqualTo("reports/edit?unit=TNI.TPTN.NINHSON&period=2024-02");
        open("TNI.TPTN.P1", "2024-02");
        assertThat($(Anchor.class).withId("ward-edit-report").exists()).isFalse();
    }

    @Test
    void previous_month_link_keeps_the_ward_and_changes_the_period() {
        open("TNI.TPTN.NINHSON", "2024-02");
        RouterLink previous = $(RouterLink.class).id("ward-previousMonth");
        assertThat(previous.getHref()).isEqualTo("wards/TNI.TPTN.NINHSON?period=2024-01");
        assertThat(documentText()).contains("Ninh Sơn");
    }

    @Test
    void a_ward_chair_reads_an_approved_neighbour_but_not_an_unapproved_one() {
        open("TNI.TPTN.P1", "2024-02");
        assertThat(documentText()).contains("ỦY BAN NHÂN DÂN PHƯỜNG 1");
        open("TNI.TPTN.HIEPNINH", "2024-02");
        assertThat($(Paragraph.class).id("ward-error").getText()).isEqualTo("Bạn không có quyền xem nội dung này.");
    }

    @Test
    @WithUserDetails("officer")
    void the_office_reads_the_submitted_report_of_phuong_hiep_ninh() {
        open("TNI.TPTN.HIEPNINH", "2024-02");
        assertThat(documentText()).contains("ỦY BAN NHÂN DÂN PHƯỜNG HIỆP NINH");
    }
}
