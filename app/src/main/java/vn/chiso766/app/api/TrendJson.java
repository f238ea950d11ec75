package vn.chiso766.app.api;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chiso766.app.ranking.UnitTrend;

/** GET /api/v1/wards/{code}/trend: totals, ranks and the scope's mean, month by month. */
public record TrendJson(String unitCode, String unitName, String scope, List<Point> points) {

    public record Point(
            String period,
            @Nullable BigDecimal total,
            @Nullable Integer rank,
            int ranked,
            @Nullable BigDecimal scopeMean) {}

    static TrendJson of(UnitTrend trend) {
        return new TrendJson(
                trend.unit().code(),
                trend.unit().name(),
                trend.scope().code(),
                trend.points().stream()
                        .map(p -> new Point(p.period().code(), p.total(), p.rank(), p.ranked(), p.scopeMean()))
                        .toList());
    }
}
