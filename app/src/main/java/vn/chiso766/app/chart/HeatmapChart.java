package vn.chiso766.app.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rows × columns of values (wards × criterion groups), coloured by a scale of labelled ranges. Every cell also shows
 * its number and its mark, and the legend names the ranges, so nothing depends on telling colours apart.
 *
 * <pre>{@code
 * HeatmapChart.builder(title, accessibleName)
 *         .columns(getTranslation("ranking.column.unit"), groupCodes)
 *         .row("Phường Ninh Sơn", percents)
 *         .mark(0, 5, "▼")
 *         .ranges(List.of(ColorRange.of(0, 50, "#b91c1c", "#ffffff", "Yếu (dưới 50)"), ...))
 *         .missing(getTranslation("ranking.noReport"))
 *         .note("▼ " + getTranslation("ranking.column.weakest"))
 *         .build();
 * }</pre>
 */
public record HeatmapChart(
        String title,
        String accessibleName,
        String cornerHeader,
        List<String> columns,
        List<TableData.Row> rows,
        List<ColorRange> ranges,
        @Nullable String missingLabel,
        @Nullable String note)
        implements ChartSpec {

    private static final int ROW_HEIGHT = 40;
    private static final int FRAME_HEIGHT = 120;
    private static final String MISSING_COLOR = "#eeeeee";
    private static final String MISSING_TEXT_COLOR = "#555555";

    public HeatmapChart {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        ranges = ranges.stream().sorted(Comparator.comparing(ColorRange::from)).toList();
        if (ranges.isEmpty()) {
            throw new IllegalArgumentException("A heatmap needs a colour scale");
        }
        int size = columns.size();
        for (TableData.Row row : rows) {
            if (row.cells().size() != size) {
                throw new IllegalArgumentException(
                        "Row \"" + row.header() + "\" has " + row.cells().size() + " cells for " + size + " columns");
            }
        }
        if (missingLabel == null && hasMissing(rows)) {
            throw new IllegalArgumentException("A heatmap with missing values needs a label for them");
        }
    }

    public static Builder builder(String title, String accessibleName) {
        return new Builder(title, accessibleName);
    }

    /**
     * The row of a clicked cell: ApexCharts draws its first series at the bottom, so the rows are sent last first
     * to appear in the given order from the top.
     */
    public int rowOf(ChartClickEvent event) {
        return rows.size() - 1 - event.getSeriesIndex();
    }

    public int columnOf(ChartClickEvent event) {
        return event.getDataPointIndex();
    }

    @Override
    public ObjectNode options() {
        ObjectNode options = ApexJson.base("heatmap", title, FRAME_HEIGHT + ROW_HEIGHT * rows.size());
        options.set("series", series());
        ObjectNode heatmap = options.putObject("plotOptions").putObject("heatmap");
        heatmap.put("enableShades", false);
        heatmap.putObject("colorScale").set("ranges", colorRanges());
        ObjectNode dataLabels = options.putObject("dataLabels");
        dataLabels.put("enabled", true);
        dataLabels.putObject("style").put("fontSize", "13px");
        ObjectNode stroke = options.putObject("stroke");
        stroke.put("width", 2);
        stroke.putArray("colors").add("#ffffff");
        ObjectNode legend = options.putObject("legend");
        legend.put("show", true);
        legend.put("position", "bottom");
        if (note != null) {
            options.putObject("subtitle").put("text", note);
        }
        return options;
    }

    private ArrayNode series() {
        ArrayNode series = ApexJson.array();
        for (TableData.Row row : rows.reversed()) {
            ArrayNode data = ApexJson.array();
            for (int c = 0; c < columns.size(); c++) {
                data.add(point(columns.get(c), row.cells().get(c)));
            }
            series.addObject().put("name", row.header()).set("data", data);
        }
        return series;
    }

    /** {@code mark} and {@code missing} are ours: the element's formatters read them to label the cell. */
    private ObjectNode point(String column, ChartCell cell) {
        ObjectNode point = ApexJson.object().put("x", column);
        if (cell.value() == null) {
            // A null would be coloured as 0, the worst range; a value below every range gets the grey "missing" one.
            point.put("y", missingValue());
            point.put("missing", missingLabel);
        } else {
            point.put("y", cell.value());
        }
        if (cell.mark() != null) {
            point.put("mark", cell.mark());
        }
        return point;
    }

    private ArrayNode colorRanges() {
        ArrayNode array = ApexJson.array();
        ranges.forEach(r -> array.addObject()
                .put("from", r.from())
                .put("to", r.to())
                .put("color", r.color())
                .put("foreColor", r.textColor())
                .put("name", r.label()));
        if (hasMissing(rows)) {
            array.addObject()
                    .put("from", missingValue())
                    .put("to", missingValue())
                    .put("color", MISSING_COLOR)
                    .put("foreColor", MISSING_TEXT_COLOR)
                    .put("name", missingLabel);
        }
        return array;
    }

    private BigDecimal missingValue() {
        return ranges.getFirst().from().subtract(BigDecimal.ONE);
    }

    private static boolean hasMissing(List<TableData.Row> rows) {
        return rows.stream().flatMap(r -> r.cells().stream()).anyMatch(c -> c.value() == null);
    }

    @Override
    public TableData table() {
        return new TableData(
                title,
                cornerHeader,
                columns,
                rows,
                Objects.requireNonNullElse(missingLabel, TableData.DEFAULT_MISSING),
                note);
    }

    public static final class Builder {

        private final String title;
        private final String accessibleName;
        private String cornerHeader = "";
        private List<String> columns = List.of();
        private final List<String> rowLabels = new ArrayList<>();
        private final List<List<ChartCell>> cells = new ArrayList<>();
        private final List<ColorRange> ranges = new ArrayList<>();
        private @Nullable String missingLabel;
        private @Nullable String note;

        private Builder(String title, String accessibleName) {
            this.title = title;
            this.accessibleName = accessibleName;
        }

        /** The column labels and the header above the row labels in the data table. */
        public Builder columns(String cornerHeader, List<String> columns) {
            this.cornerHeader = cornerHeader;
            this.columns = columns;
            return this;
        }

        public Builder row(String label, List<@Nullable BigDecimal> values) {
            rowLabels.add(label);
            cells.add(new ArrayList<>(values.stream().map(ChartCell::of).toList()));
            return this;
        }

        public Builder row(String label, @Nullable Number... values) {
            return row(label, Series.of(label, values).values());
        }

        /** A short sign shown after the cell's number, explained by the {@link #note(String)}. */
        public Builder mark(int row, int column, String mark) {
            List<ChartCell> rowCells = cells.get(row);
            rowCells.set(column, rowCells.get(column).withMark(mark));
            return this;
        }

        public Builder ranges(List<ColorRange> ranges) {
            this.ranges.addAll(ranges);
            return this;
        }

        /** What a cell without a value says, in its tooltip, the legend and the table. */
        public Builder missing(String label) {
            this.missingLabel = label;
            return this;
        }

        public Builder note(String note) {
            this.note = note;
            return this;
        }

        public HeatmapChart build() {
            List<TableData.Row> rows = new ArrayList<>();
            for (int i = 0; i < rowLabels.size(); i++) {
                rows.add(new TableData.Row(rowLabels.get(i), cells.get(i)));
            }
            return new HeatmapChart(title, accessibleName, cornerHeader, columns, rows, ranges, missingLabel, note);
        }
    }
}
