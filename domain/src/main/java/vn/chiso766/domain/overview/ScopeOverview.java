package vn.chiso766.domain.overview;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.heatmap.CriteriaHeatmap;
import vn.chiso766.domain.ranking.RankingRow;
import vn.chiso766.domain.ranking.RankingTable;
import vn.chiso766.domain.score.Band;

/**
 * What a leader reads first before the monthly meeting: the average and its change, who reported, the best and
 * worst three, the biggest risers and fallers (in places, and separately in points), the criterion weakest across the scope,
 * and the count per band.
 */
public record ScopeOverview(
        @Nullable BigDecimal average,
        @Nullable BigDecimal averageChange,
        int reported,
        int missing,
        List<RankingRow> best,
        List<RankingRow> worst,
        List<Mover> risersByPlaces,
        List<Mover> fallersByPlaces,
        List<Mover> risersByPoints,
        List<Mover> fallersByPoints,
        @Nullable String weakestCriterion,
        Map<Band, Integer> bands) {

    private static final int TOP = 3;

    public static ScopeOverview of(RankingTable current, @Nullable RankingTable previous) {
        List<RankingRow> rows = current.rows();
        BigDecimal average = average(rows);
        BigDecimal previousAverage = previous == null ? null : average(previous.rows());
        List<Mover> movers = rows.stream()
                .filter(r -> r.change() != null)
                .map(r -> new Mover(r.unit(), r.movement(), r.change()))
                .toList();
        return new ScopeOverview(
                average,
                average == null || previousAverage == null ? null : average.subtract(previousAverage),
                rows.size(),
                current.missing().size(),
                rows.stream().limit(TOP).toList(),
                rows.reversed().stream().limit(TOP).toList(),
                top(movers.stream().filter(m -> places(m) > 0), byPlaces().reversed()),
                top(movers.stream().filter(m -> places(m) < 0), byPlaces()),
                top(
                        movers.stream().filter(m -> m.points().signum() > 0),
                        byPoints().reversed()),
                top(movers.stream().filter(m -> m.points().signum() < 0), byPoints()),
                rows.isEmpty() ? null : CriteriaHeatmap.of(current).weakestAcrossScope(),
                bandCounts(rows));
    }

    private static List<Mover> top(Stream<Mover> movers, Comparator<Mover> order) {
        return movers.sorted(order).limit(TOP).toList();
    }

    private static int places(Mover mover) {
        return Objects.requireNonNullElse(mover.places(), 0);
    }

    private static Comparator<Mover> byPlaces() {
        return Comparator.comparingInt(ScopeOverview::places).thenComparing(Mover::points);
    }

    private static Comparator<Mover> byPoints() {
        return Comparator.comparing(Mover::points).thenComparingInt(ScopeOverview::places);
    }

    private static @Nullable BigDecimal average(List<RankingRow> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        BigDecimal sum = rows.stream().map(RankingRow::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(rows.size()), MathContext.DECIMAL64)
                .setScale(2, RoundingMode.HALF_UP);
    }

    private static Map<Band, Integer> bandCounts(List<RankingRow> rows) {
        Map<Band, Integer> counts = new EnumMap<>(Band.class);
        for (Band band : Band.values()) {
            counts.put(band, 0);
        }
        rows.forEach(r -> counts.merge(r.band(), 1, Integer::sum));
        return counts;
    }
}
