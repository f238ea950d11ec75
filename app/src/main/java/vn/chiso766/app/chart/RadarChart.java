package vn.chiso766.app.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * One polygon per series over the same axes, for instance a ward's six criterion groups against the district's
 * mean. Give values on one scale (such as percent of each group's maximum) and that scale's maximum.
 */
public record RadarChart(
        String title,
        String accessibleName,
        String axisTitle,
        List<String> axes,
        List<Series> series,
        @Nullable BigDecimal max)
        implements ChartSpec {

    private static final int HEIGHT = 400;
    private static final int TICKS = 5;

    public RadarChart {
        axes = List.copyOf(axes);
        series = List.copyOf(series);
        if (axes.size() < 3) {
            throw new IllegalArgumentException("A radar chart needs at least three axes");
        }
        if (series.isEmpty()) {
            throw new IllegalArgumentException("A radar chart needs at least one series");
        }
        int size = axes.size();
        series.forEach(s -> s.requireSize(size, "axes"));
    }

    public static Builder builder(String title, String accessibleName) {
        return new Builder(title, accessibleName);
    }

    @Override
    public ObjectNode options() {
        ObjectNode options = ApexJson.base("radar", title, HEIGHT);
        options.set("series", ApexJson.series(series));
        ApexJson.categories(options, axes);
        ObjectNode yaxis = options.putObject("yaxis");
        // Without a fixed minimum ApexCharts starts the scale at the smallest value, which exaggerates differences.
        yaxis.put("min", 0);
        if (max != null) {
            yaxis.put("max", max);
        }
        yaxis.put("tickAmount", TICKS);
        options.putObject("markers").put("size", 4);
        return options;
    }

    @Override
    public TableData table() {
        return TableData.byCategory(title, axisTitle, axes, series);
    }

    public static final class Builder {

        private final String title;
        private final String accessibleName;
        private String axisTitle = "";
        private List<String> axes = List.of();
        private final List<Series> series = new ArrayList<>();
        private @Nullable BigDecimal max;

        private Builder(String title, String accessibleName) {
            this.title = title;
            this.accessibleName = accessibleName;
        }

        /** The axes and the header of their column in the data table. */
        public Builder axes(String axisTitle, List<String> axes) {
            this.axisTitle = axisTitle;
            this.axes = axes;
            return this;
        }

        public Builder series(Series... series) {
            this.series.addAll(List.of(series));
            return this;
        }

        public Builder max(Number max) {
            this.max = Series.toDecimal(max);
            return this;
        }

        public RadarChart build() {
            return new RadarChart(title, accessibleName, axisTitle, axes, series, max);
        }
    }
}
