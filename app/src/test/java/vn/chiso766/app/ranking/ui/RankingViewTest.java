package vn.chiso766.app.ranking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.chiso766.app.AppTest;
import vn.chiso766.app.shell.ui.MainLayout;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.ranking.RankingRow;
import vn.chiso766.domain.unit.Unit;

@AppTest
@WithUserDetails("leader")
@ViewPackages(classes = {RankingView.class, MainLayout.class})
class RankingViewTest extends SpringBrowserlessTest {

    private static final String DISTRICT = "TNI.TPTN";

    private void open(String scope, String period) {
        UI.getCurrent().navigate(RankingView.class, QueryParameters.simple(Map.of("scope", scope, "period", period)));
        assertThat(getCurrentView()).isInstanceOf(RankingView.class);
    }

    private List<RankingGridItem> rows() {
        @SuppressWarnings("unchecked")
        Grid<RankingGridItem> grid = $(Grid.class).id("ranking-grid");
        var tester = test(grid);
        List<RankingGridItem> rows = new ArrayList<>();
        for (int i = 0; i < tester.size(); i++) {
            rows.add(tester.getRow(i));
        }
        return rows;
    }

    private RankingGridItem row(String name) {
        return rows().stream()
                .filter(r -> r.unit().name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void without_parameters_the_demo_district_opens_on_its_latest_month() {
        navigate("rankings", RankingView.class);
        assertThat($(H2.class).id("ranking-heading").getText())
                .isEqualTo("Xếp hạng các đơn vị thuộc Thành phố Tây Ninh — Tháng 02/2024");
        assertThat(rows()).hasSize(10);
        // The defaults are written into the URL, so the page can be linked as it is.
        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .contains("scope=" + DISTRICT)
                .contains("period=2024-02");
    }

    @Test
    void the_shared_pickers_show_the_scope_and_period_of_the_url_and_change_the_url() {
        open(DISTRICT, "2024-02");
        @SuppressWarnings("unchecked")
        ComboBox<Unit> scope = $(ComboBox.class).id("scope-picker");
        assertThat(scope.getValue().code()).isEqualTo(DISTRICT);
        @SuppressWarnings("unchecked")
        Select<Period> select = $(Select.class).id("period-select");
        test(select).selectItem("Quý I/2024");
        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .contains("period=2024-Q1");
        assertThat(row("Phường Ninh Sơn").monthsCovered()).isEqualTo(2);
    }

    @Test
    void february_2024_ranks_the_eight_approved_wards_and_lists_the_submitted_and_the_missing_one_last() {
        open(DISTRICT, "2024-02");
        List<RankingGridItem> rows = rows();
        assertThat(rows.subList(0, 8)).allSatisfy(r -> assertThat(r.row()).isNotNull());
        // Phường Hiệp Ninh's February report waits for approval, so it counts as no report yet.
        assertThat(rows.subList(8, 10))
                .extracting(r -> r.unit().name())
                .containsExactly("Phường Hiệp Ninh", "Xã Thạnh Tân");
        assertThat(rows.subList(8, 10)).allSatisfy(r -> assertThat(r.row()).isNull());
        assertThat($(Paragraph.class).id("ranking-summary").getText())
                .isEqualTo("8 đơn vị được xếp hạng, 2 đơn vị chưa có báo cáo");
    }

    @Test
    void counting_submitted_reports_ranks_phuong_hiep_ninh_too_and_stays_in_the_url() {
        open(DISTRICT, "2024-02");
        Checkbox submitted = $(Checkbox.class).id("include-submitted");
        assertThat(submitted.getValue()).isFalse();

        test(submitted).click();

        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .contains("submitted=true")
                .contains("period=2024-02");
        assertThat($(Checkbox.class).id("include-submitted").getValue()).isTrue();
        assertThat(row("Phường Hiệp Ninh").row()).isNotNull();
        assertThat($(Paragraph.class).id("ranking-summary").getText())
                .isEqualTo("9 đơn vị được xếp hạng, 1 đơn vị chưa có báo cáo");
    }

    @Test
    void ranks_follow_the_totals_and_tied_wards_share_a_rank_with_a_gap_after() {
        open(DISTRICT, "2024-02");
        List<RankingRow> ranked = rows().stream()
                .filter(r -> r.row() != null)
                .map(RankingGridItem::row)
                .toList();
        for (int i = 1; i < ranked.size(); i++) {
            RankingRow before = ranked.get(i - 1);
            RankingRow row = ranked.get(i);
            assertThat(row.total()).isLessThanOrEqualTo(before.total());
            int expected = row.total().compareTo(before.total()) == 0 ? before.rank() : i + 1;
            assertThat(row.rank()).as("rank of %s", row.unit().name()).isEqualTo(expected);
        }
        RankingRow phuong3 = row("Phường 3").row();
        RankingRow phuong1 = row("Phường 1").row();
        assertThat(phuong3.total()).isEqualByComparingTo(phuong1.total());
        assertThat(phuong3.rank()).isEqualTo(phuong1.rank());
    }

    @Test
    void the_seed_ward_shows_its_report_figures_and_its_weakest_criterion() {
        open(DISTRICT, "2024-02");
        RankingGridItem ninhSon = row("Phường Ninh Sơn");
        assertThat(ninhSon.row().total()).isEqualByComparingTo("84.1");
        assertThat(ninhSon.row().change()).isEqualByComparingTo("-1.5");
        assertThat(ninhSon.row().weakest().criterion().code()).isEqualTo("TTTT");
        assertThat(ninhSon.demo())
                .as("the seed is a real report, not demonstration data")
                .isFalse();
        assertThat(row("Phường 1").demo()).isTrue();

        @SuppressWarnings("unchecked")
        Grid<RankingGridItem> grid = $(Grid.class).id("ranking-grid");
        var tester = test(grid);
        int index = rows().indexOf(ninhSon);
        assertThat(tester.getCellText(index, tester.getColumnPosition("total"))).isEqualTo("84,1");
        assertThat(tester.getCellText(index, tester.getColumnPosition("group-CKMB")))
                .isEqualTo("16,7");
        assertThat(tester.getCellText(index, tester.getColumnPosition("weakest")))
                .isEqualTo("TTTT 4,9/10 (−5,1)");
        assertThat($(Paragraph.class).id("demo-notice").isVisible()).isTrue();
    }

    @Test
    void the_period_parameter_selects_january_where_every_ward_reported() {
        open(DISTRICT, "2024-01");
        assertThat(rows()).allSatisfy(r -> assertThat(r.row()).isNotNull());
        assertThat(row("Phường Ninh Sơn").row().total()).isEqualByComparingTo(new BigDecimal("85.6"));
    }

    @Test
    void choosing_a_month_in_the_picker_puts_it_in_the_url() {
        open(DISTRICT, "2024-02");
        @SuppressWarnings("unchecked")
        Select<Period> select = $(Select.class).id("period-select");
        // 14 months, the five quarters and two years they fall in.
        assertThat(test(select).getSuggestionItems()).hasSize(21);
        test(select).selectItem("Tháng 01/2024");
        assertThat(getCurrentView()).isInstanceOf(RankingView.class);
        String location = getCurrentView().getElement().getNode() == null
                ? ""
                : com.vaadin
                        .flow
                        .component
                        .UI
                        .getCurrent()
                        .getActiveViewLocation()
                        .getPathWithQueryParameters();
        assertThat(location).contains("period=2024-01").contains("scope=" + DISTRICT);
        assertThat(row("Phường Ninh Sơn").row().total()).isEqualByComparingTo("85.6");
    }

    @Test
    void a_quarter_ranks_the_mean_of_its_months_and_says_how_many_it_covers() {
        open(DISTRICT, "2024-Q1");
        RankingGridItem ninhSon = row("Phường Ninh Sơn");
        // (85,6 + 84,1) / 2 = 84,85
        assertThat(ninhSon.row().total()).isEqualByComparingTo("84.85");
        assertThat(ninhSon.monthsCovered()).isEqualTo(2);
        assertThat(row("Xã Thạnh Tân").monthsCovered()).isEqualTo(1);
    }

    @Test
    void the_name_search_ignores_case_and_diacritics_and_stays_in_the_url() {
        UI.getCurrent()
                .navigate(
                        RankingView.class,
                        QueryParameters.simple(Map.of("scope", DISTRICT, "period", "2024-02", "q", "ninh son")));
        assertThat(rows()).extracting(r -> r.unit().name()).containsExactly("Phường Ninh Sơn");
        test($(TextField.class).id("ranking-search")).setValue("ninh");
        assertThat(rows())
                .extracting(r -> r.unit().name())
                .containsExactlyInAnyOrder("Phường Ninh Sơn", "Phường Ninh Thạnh", "Phường Hiệp Ninh");
    }

    @Test
    void the_sort_parameter_orders_the_grid_by_that_column() {
        UI.getCurrent()
                .navigate(
                        RankingView.class,
                        QueryParameters.simple(Map.of("scope", DISTRICT, "period", "2024-02", "sort", "-group-TTTT")));
        List<RankingGridItem> rows = rows();
        List<RankingGridItem> ranked =
                rows.stream().filter(r -> r.row() != null).toList();
        for (int i = 1; i < ranked.size(); i++) {
            assertThat(ranked.get(i).row().card().groups().get("TTTT").orElseThrow())
                    .isLessThanOrEqualTo(
                            ranked.get(i - 1).row().card().groups().get("TTTT").orElseThrow());
        }
        assertThat(rows.subList(ranked.size(), rows.size()))
                .as("the units without a counted report come last")
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.row()).isNull());
    }

    @Test
    void ranking_by_one_criterion_ranks_by_its_points_and_keeps_totals() {
        UI.getCurrent()
                .navigate(
                        RankingView.class,
                        QueryParameters.simple(Map.of("scope", DISTRICT, "period", "2024-02", "by", "TTTT")));
        List<RankingGridItem> ranked =
                rows().stream().filter(r -> r.row() != null).toList();
        assertThat(ranked.getFirst().row().rank()).isEqualTo(1);
        for (int i = 1; i < ranked.size(); i++) {
            assertThat(ranked.get(i).row().card().groups().get("TTTT").orElseThrow())
                    .isLessThanOrEqualTo(
                            ranked.get(i - 1).row().card().groups().get("TTTT").orElseThrow());
        }
        assertThat(row("Phường Ninh Sơn").row().total()).isEqualByComparingTo("84.1");
        @SuppressWarnings("unchecked")
        Select<String> by = $(Select.class).id("rank-by");
        assertThat(by.getValue()).isEqualTo("TTTT");
    }

    @Test
    void an_impossible_period_is_explained() {
        open(DISTRICT, "2024-13");
        assertThat($(Paragraph.class).id("ranking-error").getText())
                .isEqualTo("Kỳ \"2024-13\" không hợp lệ: dùng dạng 2024-02 (tháng), 2024-Q1 (quý) hoặc 2024 (năm).");
    }

    @Test
    void a_leader_typing_a_scope_outside_the_district_is_refused_and_sees_none_of_it() {
        open("TNI", "2024-02");
        assertThat($(Paragraph.class).id("ranking-error").getText()).isEqualTo("Bạn không có quyền xem nội dung này.");
        assertThat(((RankingView) getCurrentView()).grid().isVisible()).isFalse();

        open("NOWHERE", "2024-02");
        assertThat($(Paragraph.class).id("ranking-error").getText()).isEqualTo("Bạn không có quyền xem nội dung này.");
    }

    @Test
    @WithUserDetails("admin")
    void the_admin_is_told_when_a_scope_does_not_exist() {
        open("NOWHERE", "2024-02");
        assertThat($(Paragraph.class).id("ranking-error").getText())
                .isEqualTo("Không có đơn vị nào mang mã \"NOWHERE\".");
    }

    @Test
    @WithUserDetails("chair-ninhson")
    void a_ward_chair_opens_on_the_ranking_of_the_wards_beside_the_ward() {
        navigate("rankings", RankingView.class);
        assertThat($(H2.class).id("ranking-heading").getText()).contains("Thành phố Tây Ninh");
        assertThat(rows()).hasSize(10);
        // The neighbours' reports awaiting approval are not the chair's to read, nor to count.
        assertThat($(Checkbox.class).withId("include-submitted").exists()).isFalse();
    }
}
