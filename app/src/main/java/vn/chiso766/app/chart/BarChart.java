package vn.chiso766.app.chart;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bars per category, one bar per series in each category; horizontal for long category names such as wards.
 *
 * <pre>{@code
 * BarChart.builder(title, accessibleName)
 *         .categories(getTranslation("ranking.column.unit"), wardNames)
 *         .series(Series.of(getTranslation("ranking.column.total"), totals))
 *         .horizontal()
 *         .build();
 * }</pre>
 */
public record BarChart(
        String title,
        String accessibleName,
        String categoryTitle,
        List<String> categories,
        List<Series> series,
        boolean horizontal)
        implements ChartSpec {

    private static final int BAR_ROW_HEIGHT = 30;
    private static final int VERTICAL_HEIGHT = 340;

    public BarChart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        if (series.isEmpty()) {
            throw new IllegalArgumentException("A bar chart needs at least one series");
        }
        int size = categories.size();
        series.forEach(s -> s.requireSize(size, "categories"));
    }

    public static Builder builder(String title, String accessibleName) {
        return new Builder(title, accessibleName);
    }

    @Override
    public ObjectNode options() {
        int height = horizontal ? 90 + BAR_ROW_HEIGHT * categories.size() * series.size() : VERTICAL_HEIGHT;
        ObjectNode options = ApexJson.base("bar", title, height);
        options.putObject("plotOptions").putObject("bar").put("horizontal", horizontal);
        options.putObject("dataLabels").put("enabled", true);
        options.set("series", ApexJson.series(series));
        ApexJson.categories(options, categories);
        return options;
    }

    @Override
    public TableData table() {
        return TableData.byCategory(title, categoryTitle, categories, series);
    }

    public static final class Builder {

        private final String title;
        private final String accessibleName;
        private String categoryTitle = "";
        private List<String> categories = List.of();
        private final List<Series> series = new ArrayList<>();
        private boolean horizontal;

        private Builder(String title, String accessibleName) {
            this.title = title;
            this.accessibleName = accessibleName;
        }

        /** The categories and the header of their column in the data table. */
        public Builder categories(String categoryTitle, List<String> categories) {
            this.categoryTitle = categoryTitle;
            this.categories = categories;
            return this;
        }

        public Builder series(Series... series) {
            this.series.addAll(List.of(series));
            return this;
        }

        public Builder horizontal() {
            this.horizontal = true;
            return this;
        }

        public BarChart build() {
            return new BarChart(title, accessibleName, categoryTitle, categories, series, horizontal);
        }
    }
}
