package vn.chiso766.app.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * A chart's numbers as a table: the caption, the header of the row-label column, the column headers and one row per
 * category or heatmap row. {@code missingText} stands in a cell without a value, {@code note} explains marks.
 */
public record TableData(
        String caption,
        String cornerHeader,
        List<String> columns,
        List<Row> rows,
        String missingText,
        @Nullable String note) {

    static final String DEFAULT_MISSING = "—";

    public TableData {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public record Row(String header, List<ChartCell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** One row per category and one column per series: how bar, line and radar charts read as a table. */
    static TableData byCategory(String caption, String cornerHeader, List<String> categories, List<Series> series) {
        List<Row> rows = new ArrayList<>();
        IntStream.range(0, categories.size())
                .forEach(i -> rows.add(new Row(
                        categories.get(i),
                        series.stream()
                                .map(s -> ChartCell.of(s.values().get(i)))
                                .toList())));
        return new TableData(
                caption, cornerHeader, series.stream().map(Series::name).toList(), rows, DEFAULT_MISSING, null);
    }
}
