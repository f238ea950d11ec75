package vn.chiso766.app.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The ApexCharts options and the table data each chart type produces, without Spring or a browser. */
class ChartOptionsTest {

    private static final List<String> GROUPS = List.of("CKMB", "TTTT", "TGXL");
    private static final List<ColorRange> BANDS = List.of(
            ColorRange.of(80, 100, "#1e6b3a", "#ffffff", "Tốt (từ 80)"),
            ColorRange.of(0, 50, "#b91c1c", "#ffffff", "Yếu (dưới 50)"),
            ColorRange.of(50, 80, "#fdf0d5", "#7c4a03", "Trung bình (50 đến dưới 80)"));

    private static HeatmapChart heatmap() {
        return HeatmapChart.builder("Điểm theo nhóm", "Bản đồ nhiệt điểm ba nhóm tiêu chí")
                .columns("Đơn vị", GROUPS)
                .row("Phường Ninh Sơn", 84.1, 49, 92.5)
                .row("Xã Thạnh Tân", null, null, null)
                .mark(0, 1, "▼")
                .ranges(BANDS)
                .missing("Chưa có báo cáo")
                .note("▼ tiêu chí yếu nhất")
                .build();
    }

    @Test
    void a_bar_chart_sends_its_categories_series_and_orientation() {
        BarChart chart = BarChart.builder("Tổng điểm", "Biểu đồ cột tổng điểm")
                .categories("Đơn vị", List.of("Phường 1", "Phường Ninh Sơn"))
                .series(Series.of("Tháng 01", 85.6, 80), Series.of("Tháng 02", 84.1, null))
                .horizontal()
                .build();

        ObjectNode options = chart.options();

        assertThat(options.at("/chart/type").asString()).isEqualTo("bar");
        assertThat(options.at("/plotOptions/bar/horizontal").asBoolean()).isTrue();
        assertThat(options.at("/title/text").asString()).isEqualTo("Tổng điểm");
        assertThat(options.at("/xaxis/categories").toString()).isEqualTo("[\"Phường 1\",\"Phường Ninh Sơn\"]");
        assertThat(options.at("/series").toString())
                .isEqualTo("[{\"name\":\"Tháng 01\",\"data\":[85.6,80]},{\"name\":\"Tháng 02\",\"data\":[84.1,null]}]");
        assertThat(options.at("/chart/toolbar/show").asBoolean()).isFalse();
    }

    @Test
    void a_vertical_bar_chart_is_the_default() {
        BarChart chart = BarChart.builder("Tổng điểm", "Biểu đồ cột")
                .categories("Đơn vị", List.of("Phường 1"))
                .series(Series.of("Tổng", 85.6))
                .build();
        assertThat(chart.options().at("/plotOptions/bar/horizontal").asBoolean())
                .isFalse();
    }

    @Test
    void a_series_with_the_wrong_number_of_values_is_refused() {
        assertThatThrownBy(() -> BarChart.builder("T", "A")
                        .categories("Đơn vị", List.of("Phường 1", "Phường 2"))
                        .series(Series.of("Tổng", 85.6))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"Tổng\" has 1 values for 2 categories");
    }

    @Test
    void a_heatmap_sends_rows_top_first_with_marks_and_labelled_colour_ranges_in_order() {
        ObjectNode options = heatmap().options();

        assertThat(options.at("/chart/type").asString()).isEqualTo("heatmap");
        JsonNode series = options.get("series");
        // ApexCharts draws its first series at the bottom.
        assertThat(series.get(0).get("name").asString()).isEqualTo("Xã Thạnh Tân");
        assertThat(series.get(1).get("name").asString()).isEqualTo("Phường Ninh Sơn");
        assertThat(series.get(1).get("data").toString())
                .isEqualTo("[{\"x\":\"CKMB\",\"y\":84.1},{\"x\":\"TTTT\",\"y\":49,\"mark\":\"▼\"},"
                        + "{\"x\":\"TGXL\",\"y\":92.5}]");
        JsonNode ranges = options.at("/plotOptions/heatmap/colorScale/ranges");
        assertThat(ranges.findValuesAsString("name"))
                .containsExactly("Yếu (dưới 50)", "Trung bình (50 đến dưới 80)", "Tốt (từ 80)", "Chưa có báo cáo");
        assertThat(ranges.get(0).toString())
                .isEqualTo("{\"from\":0,\"to\":50,\"color\":\"#b91c1c\",\"foreColor\":\"#ffffff\","
                        + "\"name\":\"Yếu (dưới 50)\"}");
        assertThat(options.at("/plotOptions/heatmap/enableShades").asBoolean()).isFalse();
        assertThat(options.at("/dataLabels/enabled").asBoolean()).isTrue();
        assertThat(options.at("/subtitle/text").asString()).isEqualTo("▼ tiêu chí yếu nhất");
    }

    @Test
    void a_missing_heatmap_value_gets_its_own_grey_range_below_the_scale_instead_of_the_worst_colour() {
        ObjectNode options = heatmap().options();

        JsonNode missingCell = options.at("/series/0/data/0");
        assertThat(missingCell.get("y").asInt()).isEqualTo(-1);
        assertThat(missingCell.get("missing").asString()).isEqualTo("Chưa có báo cáo");
        JsonNode missingRange = options.at("/plotOptions/heatmap/colorScale/ranges/3");
        assertThat(missingRange.get("from").asInt()).isEqualTo(-1);
        assertThat(missingRange.get("to").asInt()).isEqualTo(-1);
        assertThat(missingRange.get("color").asString()).isEqualTo("#eeeeee");
    }

    @Test
    void a_heatmap_without_missing_values_has_no_missing_range() {
        HeatmapChart chart = HeatmapChart.builder("T", "A")
                .columns("Đơn vị", List.of("CKMB"))
                .row("Phường 1", 84.1)
                .ranges(BANDS)
                .build();
        assertThat(chart.options().at("/plotOptions/heatmap/colorScale/ranges").size())
                .isEqualTo(3);
    }

    @Test
    void a_heatmap_with_missing_values_needs_their_label() {
        assertThatThrownBy(() -> HeatmapChart.builder("T", "A")
                        .columns("Đơn vị", List.of("CKMB"))
                        .row("Xã Thạnh Tân", (Number) null)
                        .ranges(BANDS)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a label");
    }

    @Test
    void a_colour_must_be_a_hex_colour_so_that_it_cannot_carry_markup() {
        assertThatThrownBy(() -> ColorRange.of(0, 50, "red", "#ffffff", "Yếu"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_heatmap_click_is_translated_back_to_the_row_given_from_the_top() {
        HeatmapChart chart = heatmap();
        ChartClickEvent bottomSeries = new ChartClickEvent(new ApexChart(), true, 0, 2);
        assertThat(chart.rowOf(bottomSeries)).isEqualTo(1);
        assertThat(chart.columnOf(bottomSeries)).isEqualTo(2);
    }

    @Test
    void a_radar_chart_starts_its_scale_at_zero_up_to_the_given_maximum() {
        RadarChart chart = RadarChart.builder("Nhóm tiêu chí", "Biểu đồ radar")
                .axes("Nhóm", GROUPS)
                .series(Series.of("Phường Ninh Sơn", 92.8, 49, 80), Series.of("Bình quân", 85, 70, 75.5))
                .max(100)
                .build();

        ObjectNode options = chart.options();

        assertThat(options.at("/chart/type").asString()).isEqualTo("radar");
        assertThat(options.at("/xaxis/categories").toString()).isEqualTo("[\"CKMB\",\"TTTT\",\"TGXL\"]");
        assertThat(options.at("/series/1/data").toString()).isEqualTo("[85,70,75.5]");
        assertThat(options.at("/yaxis/min").asInt()).isZero();
        assertThat(options.at("/yaxis/max").asInt()).isEqualTo(100);
    }

    @Test
    void a_line_chart_puts_ranks_on_a_reversed_right_hand_axis_from_one_to_the_lowest_rank() {
        LineChart chart = LineChart.builder("Diễn biến", "Biểu đồ đường")
                .categories("Tháng", List.of("01/2024", "02/2024"))
                .valueAxis("Điểm", Series.of("Tổng điểm", 85.6, 84.1))
                .rankAxis("Hạng", 10, Series.of("Hạng", 3, 4))
                .build();

        ObjectNode options = chart.options();

        assertThat(options.at("/series").toString())
                .isEqualTo("[{\"name\":\"Tổng điểm\",\"data\":[85.6,84.1]},{\"name\":\"Hạng\",\"data\":[3,4]}]");
        JsonNode valueAxis = options.at("/yaxis/0");
        assertThat(valueAxis.get("seriesName").asString()).isEqualTo("Tổng điểm");
        assertThat(valueAxis.at("/title/text").asString()).isEqualTo("Điểm");
        JsonNode rankAxis = options.at("/yaxis/1");
        assertThat(rankAxis.get("seriesName").asString()).isEqualTo("Hạng");
        assertThat(rankAxis.get("opposite").asBoolean()).isTrue();
        assertThat(rankAxis.get("reversed").asBoolean()).isTrue();
        assertThat(rankAxis.get("min").asInt()).isEqualTo(1);
        assertThat(rankAxis.get("max").asInt()).isEqualTo(10);
        assertThat(rankAxis.get("decimalsInFloat").asInt()).isZero();
        assertThat(options.at("/stroke/dashArray").toString()).isEqualTo("[0,6]");
    }

    @Test
    void a_line_chart_without_ranks_has_a_single_value_axis() {
        LineChart chart = LineChart.builder("Diễn biến", "Biểu đồ đường")
                .categories("Tháng", List.of("01/2024", "02/2024"))
                .series(Series.of("Tổng điểm", 85.6, 84.1))
                .build();
        assertThat(chart.options().get("yaxis").isObject()).isTrue();
    }

    @Test
    void bar_line_and_radar_tables_have_a_row_per_category_and_a_column_per_series() {
        LineChart chart = LineChart.builder("Diễn biến", "Biểu đồ đường")
                .categories("Tháng", List.of("01/2024", "02/2024"))
                .valueAxis("Điểm", Series.of("Tổng điểm", 85.6, 84.1))
                .rankAxis("Hạng", 10, Series.of("Hạng", 3, 4))
                .build();

        TableData table = chart.table();

        assertThat(table.caption()).isEqualTo("Diễn biến");
        assertThat(table.cornerHeader()).isEqualTo("Tháng");
        assertThat(table.columns()).containsExactly("Tổng điểm", "Hạng");
        assertThat(table.rows()).extracting(TableData.Row::header).containsExactly("01/2024", "02/2024");
        assertThat(table.rows().get(1).cells())
                .extracting(c -> c.value().toPlainString())
                .containsExactly("84.1", "4");
    }

    @Test
    void a_heatmap_table_keeps_the_rows_in_the_given_order_with_marks_and_missing_text() {
        TableData table = heatmap().table();

        assertThat(table.rows()).extracting(TableData.Row::header).containsExactly("Phường Ninh Sơn", "Xã Thạnh Tân");
        assertThat(table.note()).isEqualTo("▼ tiêu chí yếu nhất");
        assertThat(ChartTable.text(table.rows().get(0).cells().get(1), table.missingText(), Locale.of("vi")))
                .isEqualTo("49 ▼");
        assertThat(ChartTable.text(table.rows().get(1).cells().get(0), table.missingText(), Locale.of("vi")))
                .isEqualTo("Chưa có báo cáo");
    }

    @Test
    void numbers_are_written_as_intl_number_format_writes_them_with_at_most_two_decimals() {
        Locale vietnamese = Locale.forLanguageTag("vi-VN");
        Locale english = Locale.forLanguageTag("en-GB");
        assertThat(ChartNumbers.format(new java.math.BigDecimal("84.1"), vietnamese))
                .isEqualTo("84,1");
        assertThat(ChartNumbers.format(new java.math.BigDecimal("84.1"), english))
                .isEqualTo("84.1");
        assertThat(ChartNumbers.format(new java.math.BigDecimal("84.10"), vietnamese))
                .isEqualTo("84,1");
        assertThat(ChartNumbers.format(new java.math.BigDecimal("66.665"), vietnamese))
                .isEqualTo("66,67");
        assertThat(ChartNumbers.format(new java.math.BigDecimal("1234.5"), vietnamese))
                .isEqualTo("1.234,5");
        assertThat(ChartNumbers.format(new java.math.BigDecimal("1234.5"), english))
                .isEqualTo("1,234.5");
        assertThat(ChartNumbers.format(new java.math.BigDecimal("-1.5"), vietnamese))
                .isEqualTo("-1,5");
    }
}
