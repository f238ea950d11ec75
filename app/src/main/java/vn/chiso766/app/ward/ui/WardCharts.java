package vn.chiso766.app.ward.ui;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import vn.chiso766.app.chart.BarChart;
import vn.chiso766.app.chart.LineChart;
import vn.chiso766.app.chart.Series;
import vn.chiso766.app.i18n.PeriodLabel;
import vn.chiso766.app.ranking.TrendPoint;
import vn.chiso766.app.ward.WardPage;
import vn.chiso766.domain.criteria.Criterion;

/**
 * The ward page's two charts: its criteria against the scope's mean, in attainment (%) so that groups with
 * different maxima compare; and its total over the last months with the scope's mean, its rank on a second axis.
 */
final class WardCharts {

    private WardCharts() {}

    static BarChart criteria(WardPage page, Locale locale, BiFunction<String, Object[], String> t) {
        List<String> names = new ArrayList<>();
        List<@Nullable BigDecimal> unit = new ArrayList<>();
        List<@Nullable BigDecimal> mean = new ArrayList<>();
        for (Criterion c : page.catalogue().criteria()) {
            names.add(c.code() + " — " + c.name(locale));
            unit.add(
                    page.card() == null
                            ? null
                            : page.card()
                                    .groups()
                                    .get(c.code())
                                    .map(p -> percent(p, c))
                                    .orElse(null));
            BigDecimal scopeMean = page.scopeMeanPoints().get(c.code());
            mean.add(scopeMean == null ? null : percent(scopeMean, c));
        }
        return BarChart.builder(
                        t.apply("ward.chart.criteria", new Object[] {page.unit().name()}),
                        t.apply(
                                "ward.chart.criteria.label",
                                new Object[] {page.unit().name(), page.scope().name()}))
                .categories(t.apply("ward.criterion", new Object[0]), names)
                .series(
                        new Series(page.unit().name(), unit),
                        new Series(t.apply("ward.scopeMean", new Object[0]), mean))
                .horizontal()
                .build();
    }

    static LineChart trend(WardPage page, BiFunction<String, Object[], String> t) {
        List<TrendPoint> points = page.trend().points();
        List<String> months =
                points.stream().map(p -> PeriodLabel.of(p.period(), t)).toList();
        int lowest =
                Math.max(1, points.stream().mapToInt(TrendPoint::ranked).max().orElse(1));
        return LineChart.builder(
                        t.apply("ward.chart.trend", new Object[] {page.unit().name()}),
                        t.apply(
                                "ward.chart.trend.label",
                                new Object[] {page.unit().name(), page.scope().name()}))
                .categories(t.apply("ranking.period", new Object[0]), months)
                .valueAxis(
                        t.apply("ranking.column.total", new Object[0]),
                        new Series(
                                page.unit().name(),
                                points.stream().map(TrendPoint::total).toList()),
                        new Series(
                                t.apply("ward.scopeMean", new Object[0]),
                                points.stream().map(TrendPoint::scopeMean).toList()))
                .rankAxis(
                        t.apply("ranking.column.rank", new Object[0]),
                        lowest,
                        new Series(
                                t.apply("ward.chart.rank", new Object[0]),
                                points.stream()
                                        .map(p -> p.rank() == null ? null : BigDecimal.valueOf(p.rank()))
                                        .toList()))
                .build();
    }

    private static BigDecimal percent(BigDecimal points, Criterion criterion) {
        return points.divide(criterion.maxPoints(), MathContext.DECIMAL64)
                .movePointRight(2)
                .setScale(1, java.math.RoundingMode.HALF_UP);
    }
}
