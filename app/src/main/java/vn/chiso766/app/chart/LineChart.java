package vn.chiso766.app.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Values over categories (usually months), optionally with ranks on a second, reversed axis on the right, so that
 * rank 1 is at the top like the best score. Rank lines are dashed, so they differ from score lines without colour.
 */
public record LineChart(
        String title,
        String accessibleName,
        String categoryTitle,
        List<String> categories,
        @Nullable String valueAxisTitle,
        List<Series> series,
        @Nullable RankAxis rankAxis)
        implements ChartSpec {

    private static final int HEIGHT = 360;
    private static final int RANK_DASH = 6;

    /** Ranks from 1 (top) to {@code lowest} (the number of ranked units) on the right-hand axis. */
    public record RankAxis(String title, int lowest, List<Series> series) {

        public RankAxis {
            series = List.copyOf(series);
            if (lowest < 1) {
                throw new IllegalArgumentException("The lowest rank is at least 1");
            }
            if (series.isEmpty()) {
                throw new IllegalArgumentException("A rank axis needs at least one series");
            }
        }
    }

    public LineChart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        if (series.isEmpty()) {
            throw new IllegalArgumentException("A line chart needs at least one value series");
        }
        int size = categories.size();
        allSeries(series, rankAxis).forEach(s -> s.requireSize(size, "categories"));
    }

    public static Builder builder(String title, String accessibleName) {
        return new Builder(title, accessibleName);
    }

    @Override
    public ObjectNode options() {
        ObjectNode options = ApexJson.base("line", title, HEIGHT);
        List<Series> all = allSeries(series, rankAxis);
        options.set("series", ApexJson.series(all));
        ApexJson.categories(options, categories);
        ObjectNode stroke = options.putObject("stroke");
        stroke.put("width", 3);
        stroke.put("curve", "straight");
        ArrayNode dashes = stroke.putArray("dashArray");
        for (int i = 0; i < all.size(); i++) {
            dashes.add(i < series.size() ? 0 : RANK_DASH);
        }
        options.putObject("markers").put("size", 5);
        options.putObject("dataLabels").put("enabled", false);
        if (rankAxis == null) {
            options.set("yaxis", valueAxis(true));
        } else {
            options.set("yaxis", withRankAxis(rankAxis));
        }
        return options;
    }

    /** ApexCharts binds axes to series by position, so each series gets an entry naming the series that owns it. */
    private ArrayNode withRankAxis(RankAxis ranks) {
        ArrayNode axes = ApexJson.array();
        for (int i = 0; i < series.size(); i++) {
            axes.add(valueAxis(i == 0).put("seriesName", series.getFirst().name()));
        }
        for (int i = 0; i < ranks.series().size(); i++) {
            axes.add(rankAxis(ranks, i == 0));
        }
        return axes;
    }

    private ObjectNode valueAxis(boolean shown) {
        ObjectNode axis = ApexJson.object();
        axis.put("show", shown);
        if (valueAxisTitle != null) {
            axis.putObject("title").put("text", valueAxisTitle);
        }
        return axis;
    }

    private static ObjectNode rankAxis(RankAxis ranks, boolean shown) {
        ObjectNode axis = ApexJson.object();
        axis.put("seriesName", ranks.series().getFirst().name());
        axis.put("show", shown);
        axis.put("opposite", true);
        axis.put("reversed", true);
        axis.put("min", 1);
        axis.put("max", ranks.lowest());
        axis.put("tickAmount", Math.max(1, ranks.lowest() - 1));
        // Ranks are whole numbers; the browser element formats axes with decimalsInFloat 0 without decimals.
        axis.put("decimalsInFloat", 0);
        axis.putObject("title").put("text", ranks.title());
        return axis;
    }

    @Override
    public TableData table() {
        return TableData.byCategory(title, categoryTitle, categories, allSeries(series, rankAxis));
    }

    private static List<Series> allSeries(List<Series> series, @Nullable RankAxis rankAxis) {
        return rankAxis == null
                ? series
                : Stream.concat(series.stream(), rankAxis.series().stream()).toList();
    }

    public static final class Builder {

        private final String title;
        private final String accessibleName;
        private String categoryTitle = "";
        private List<String> categories = List.of();
        private @Nullable String valueAxisTitle;
        private final List<Series> series = new ArrayList<>();
        private @Nullable RankAxis rankAxis;

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

        public Builder valueAxis(String title, Series... series) {
            this.valueAxisTitle = title;
            this.series.addAll(List.of(series));
            return this;
        }

        public Builder series(Series... series) {
            this.series.addAll(List.of(series));
            return this;
        }

        public Builder rankAxis(String title, int lowest, Series... series) {
            this.rankAxis = new RankAxis(title, lowest, List.of(series));
            return this;
        }

        public LineChart build() {
            return new LineChart(title, accessibleName, categoryTitle, categories, valueAxisTitle, series, rankAxis);
        }
    }
}
