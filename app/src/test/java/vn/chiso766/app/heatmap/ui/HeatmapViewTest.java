package vn.chiso766.app.heatmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.chiso766.app.AppTest;
import vn.chiso766.app.shell.ui.MainLayout;
import vn.chiso766.app.ward.ui.WardView;
import vn.chiso766.domain.heatmap.HeatCell;
import vn.chiso766.domain.heatmap.HeatRow;

@AppTest
@WithUserDetails("leader")
@ViewPackages(classes = {HeatmapView.class, MainLayout.class, WardView.class})
class HeatmapViewTest extends SpringBrowserlessTest {

    private void open(Map<String, String> params) {
        UI.getCurrent().navigate(HeatmapView.class, QueryParameters.simple(params));
    }

    private List<HeatRow> rows() {
        @SuppressWarnings("unchecked")
        Grid<HeatRow> grid = $(Grid.class).id("criteria-heatmap");
        var tester = test(grid);
        List<HeatRow> rows = new ArrayList<>();
        for (int i = 0; i < tester.size(); i++) {
            rows.add(tester.getRow(i));
        }
        return rows;
    }

    @Test
    void february_has_the_eight_approved_units_by_six_criteria_with_one_weakest_cell_each() {
        open(Map.of("scope", "TNI.TPTN", "period", "2024-02"));
        assertThat($(H2.class).id("heatmap-heading").getText())
                .isEqualTo("Chỉ số yếu của các đơn vị thuộc Thành phố Tây Ninh — Tháng 02/2024");
        List<HeatRow> rows = rows();
        // Phường Hiệp Ninh's February report awaits approval and Xã Thạnh Tân has none.
        assertThat(rows).hasSize(8);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.cells()).hasSize(6);
            assertThat(r.cells()).filteredOn(HeatCell::weakest).hasSize(1);
        });
        HeatRow ninhSon = rows.stream()
                .filter(r -> r.unit().name().equals("Phường Ninh Sơn"))
                .findFirst()
                .orElseThrow();
        assertThat(ninhSon.cells())
                .filteredOn(HeatCell::weakest)
                .singleElement()
                .satisfies(c -> assertThat(c.value().criterion().code()).isEqualTo("TTTT"));
    }

    @Test
    void cells_print_attainment_or_points_lost_as_the_url_says() {
        open(Map.of("scope", "TNI.TPTN", "period", "2024-02"));
        @SuppressWarnings("unchecked")
        Grid<HeatRow> grid = $(Grid.class).id("criteria-heatmap");
        int ninhSon = rows().indexOf(rows().stream()
                .filter(r -> r.unit().name().equals("Phường Ninh Sơn"))
                .findFirst()
                .orElseThrow());
        NativeButton tttt = (NativeButton) test(grid).getCellComponent(ninhSon, "TTTT");
        assertThat(tttt.getText()).isEqualTo("49 % ▼");
        assertThat(tttt.getClassNames()).contains("heat-0", "heat-weakest");

        open(Map.of("scope", "TNI.TPTN", "period", "2024-02", "mode", "lost"));
        @SuppressWarnings("unchecked")
        Grid<HeatRow> lost = $(Grid.class).id("criteria-heatmap");
        assertThat(((NativeButton) test(lost).getCellComponent(ninhSon, "TTTT")).getText())
                .isEqualTo("−5,1 ▼");
        assertThat(((NativeButton) test(lost).getCellComponent(ninhSon, "MDHL")).getText())
                .isEqualTo("0,0");
    }

    @Test
    void clicking_a_weakest_cell_opens_that_wards_page_for_the_month() {
        open(Map.of("scope", "TNI.TPTN", "period", "2024-02"));
        @SuppressWarnings("unchecked")
        Grid<HeatRow> grid = $(Grid.class).id("criteria-heatmap");
        int ninhSon = rows().indexOf(rows().stream()
                .filter(r -> r.unit().name().equals("Phường Ninh Sơn"))
                .findFirst()
                .orElseThrow());
        test((NativeButton) test(grid).getCellComponent(ninhSon, "TTTT")).click();
        assertThat(getCurrentView()).isInstanceOf(WardView.class);
        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("wards/TNI.TPTN.NINHSON?period=2024-02");
    }

    @Test
    void the_time_heatmap_covers_the_last_twelve_months_of_every_unit() {
        open(Map.of("scope", "TNI.TPTN", "period", "2024-02", "metric", "rank"));
        @SuppressWarnings("unchecked")
        Grid<TimeHeatRow> time = $(Grid.class).id("time-heatmap");
        assertThat(test(time).size()).isEqualTo(10);
        assertThat(time.getColumns()).hasSize(13);
        assertThat(time.getColumnByKey("2023-03")).isNotNull();
        assertThat(time.getColumnByKey("2024-02")).isNotNull();
    }

    @Test
    @WithUserDetails("chair-ninhson")
    void a_ward_chair_sees_the_heatmap_of_the_district_but_not_of_the_province() {
        open(Map.of("scope", "TNI.TPTN", "period", "2024-02"));
        assertThat(rows()).hasSize(8);
        open(Map.of("scope", "TNI", "period", "2024-02"));
        assertThat($(com.vaadin.flow.component.html.Paragraph.class)
                        .id("heatmap-error")
                        .getText())
                .isEqualTo("Bạn không có quyền xem nội dung này.");
    }
}
