package vn.chiso766.app.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.ComponentTester;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.chiso766.app.AppTest;

/** The chart component and its data table mounted in a real UI, without a browser. */
@AppTest
@ViewPackages(classes = ChartPanel.class)
class ApexChartTest extends SpringBrowserlessTest {

    private static final Locale ENGLISH = Locale.forLanguageTag("en-GB");

    /** Sends the browser element's event as the client would, so the event's data mapping is exercised. */
    private static final class ApexChartTester extends ComponentTester<ApexChart> {

        ApexChartTester(ApexChart chart) {
            super(chart);
        }

        void clickDataPoint(int seriesIndex, int dataPointIndex) {
            ObjectNode data = JsonNodeFactory.instance.objectNode();
            data.put("event.detail.seriesIndex", seriesIndex);
            data.put("event.detail.dataPointIndex", dataPointIndex);
            fireDomEvent("chart-click", data);
        }
    }

    private static BarChart totals() {
        return BarChart.builder("Tổng điểm tháng 02/2024", "Biểu đồ cột tổng điểm tháng 02/2024")
                .categories("Đơn vị", List.of("Phường 1", "Phường Ninh Sơn", "Xã Thạnh Tân"))
                .series(Series.of("Tổng điểm", 80.5, 84.1, null))
                .horizontal()
                .build();
    }

    private static ChartPanel mount(ChartSpec spec) {
        ChartPanel panel = new ChartPanel(spec);
        UI.getCurrent().add(panel);
        return panel;
    }

    @AfterEach
    void backToVietnamese() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("vi-VN"));
    }

    @Test
    void the_chart_element_gets_its_tag_options_locale_and_image_role_with_the_accessible_name() {
        ApexChart chart = mount(totals()).chart();

        assertThat(chart.getElement().getTag()).isEqualTo("chiso-apex-chart");
        assertThat(chart.getElement().getAttribute("role")).isEqualTo("img");
        assertThat(chart.getElement().getAttribute("aria-label")).isEqualTo("Biểu đồ cột tổng điểm tháng 02/2024");
        assertThat(chart.getElement().getProperty("locale")).isEqualTo("vi-VN");
        JsonNode options = (JsonNode) chart.getElement().getPropertyRaw("options");
        assertThat(options.at("/chart/type").asString()).isEqualTo("bar");
        assertThat(options.at("/series/0/data").toString()).isEqualTo("[80.5,84.1,null]");
    }

    @Test
    void the_data_table_writes_numbers_the_vietnamese_way_with_a_dash_for_a_missing_value() {
        ChartTable table = mount(totals()).table();

        assertThat(table.cellTexts()).containsExactly(List.of("80,5"), List.of("84,1"), List.of("—"));
        assertThat(table.getContent().getCaptionText()).isEqualTo("Tổng điểm tháng 02/2024");
        assertThat(table.getContent().getHead().getRows().getFirst().getHeaderCells())
                .extracting(c -> c.getText())
                .containsExactly("Đơn vị", "Tổng điểm");
        var firstRowHeader = table.getContent()
                .getBody()
                .getRows()
                .getFirst()
                .getHeaderCells()
                .getFirst();
        assertThat(firstRowHeader.getText()).isEqualTo("Phường 1");
        assertThat(firstRowHeader.getElement().getAttribute("scope")).isEqualTo("row");
    }

    @Test
    void in_english_the_element_is_told_the_locale_and_the_table_writes_a_decimal_point() {
        UI.getCurrent().setLocale(ENGLISH);
        ChartPanel panel = mount(totals());

        assertThat(panel.chart().getElement().getProperty("locale")).isEqualTo("en-GB");
        assertThat(panel.table().cellTexts()).containsExactly(List.of("80.5"), List.of("84.1"), List.of("—"));
        assertThat(panel.tableToggle().getText()).isEqualTo("Data table");
    }

    @Test
    void the_table_is_hidden_until_the_toggle_opens_it_and_the_toggle_says_so() {
        ChartPanel panel = mount(totals());
        Button toggle = panel.tableToggle();

        assertThat(panel.table().isVisible()).isFalse();
        assertThat(toggle.getText()).isEqualTo("Bảng số liệu");
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(toggle.getElement().getAttribute("aria-controls"))
                .isEqualTo(panel.table().getId().orElseThrow());

        test(toggle).click();

        assertThat(panel.table().isVisible()).isTrue();
        assertThat(toggle.getText()).isEqualTo("Ẩn bảng số liệu");
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
    }

    @Test
    void a_heatmap_table_shows_marks_and_the_missing_label_with_the_note_in_the_caption() {
        HeatmapChart heatmap = HeatmapChart.builder("Điểm theo nhóm", "Bản đồ nhiệt")
                .columns("Đơn vị", List.of("CKMB", "TTTT"))
                .row("Phường Ninh Sơn", 84.1, 49)
                .row("Xã Thạnh Tân", null, null)
                .mark(0, 1, "▼")
                .ranges(List.of(ColorRange.of(0, 100, "#cfeedd", "#14532d", "Điểm")))
                .missing("Chưa có báo cáo")
                .note("▼ tiêu chí yếu nhất")
                .build();

        ChartTable table = mount(heatmap).table();

        assertThat(table.cellTexts())
                .containsExactly(List.of("84,1", "49 ▼"), List.of("Chưa có báo cáo", "Chưa có báo cáo"));
        assertThat(table.getContent().getCaption().getText()).startsWith("Điểm theo nhóm");
        assertThat(table.getContent().getCaption().getElement().getTextRecursively())
                .contains("▼ tiêu chí yếu nhất");
    }

    @Test
    void a_click_on_a_data_point_reaches_java_with_its_indexes() {
        ApexChart chart = mount(totals()).chart();
        List<ChartClickEvent> clicks = new ArrayList<>();
        chart.addChartClickListener(clicks::add);

        new ApexChartTester(chart).clickDataPoint(0, 1);

        assertThat(clicks).singleElement().satisfies(click -> {
            assertThat(click.getSeriesIndex()).isZero();
            assertThat(click.getDataPointIndex()).isEqualTo(1);
            assertThat(click.isFromClient()).isTrue();
        });
    }

    @Test
    void showing_another_chart_replaces_the_options_and_the_table() {
        ChartPanel panel = mount(totals());
        RadarChart radar = RadarChart.builder("Nhóm tiêu chí", "Biểu đồ radar sáu nhóm")
                .axes("Nhóm", List.of("CKMB", "TTTT", "TGXL"))
                .series(Series.of("Phường Ninh Sơn", 92.8, 49, 80))
                .max(100)
                .build();

        panel.show(radar);

        JsonNode options = (JsonNode) panel.chart().getElement().getPropertyRaw("options");
        assertThat(options.at("/chart/type").asString()).isEqualTo("radar");
        assertThat(panel.chart().getElement().getAttribute("aria-label")).isEqualTo("Biểu đồ radar sáu nhóm");
        assertThat(panel.table().cellTexts()).containsExactly(List.of("92,8"), List.of("49"), List.of("80"));
    }
}
