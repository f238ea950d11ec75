package vn.chiso766.app.chart;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One value of a chart: {@code null} when there is no figure (a ward without a report), and an optional short mark
 * such as "▼" that the chart and its table show beside the number.
 */
public record ChartCell(
        @Nullable BigDecimal value, @Nullable String mark) {

    public static ChartCell of(@Nullable BigDecimal value) {
        return new ChartCell(value, null);
    }

    public ChartCell withMark(String mark) {
        return new ChartCell(value, mark);
    }
}
