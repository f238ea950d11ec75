package vn.chiso766.app.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.chiso766.app.ranking.RankingResult;
import vn.chiso766.domain.ranking.RankingRow;
import vn.chiso766.domain.score.Band;
import vn.chiso766.domain.unit.Unit;

/** GET /api/v1/rankings: the same rows as the ranking view, numbers as JSON numbers. */
public record RankingJson(String scope, String period, List<Row> rows, List<String> missing) {

    public record Row(
            int rank,
            String unitCode,
            String unitName,
            BigDecimal total,
            @Nullable BigDecimal change,
            @Nullable Integer movement,
            Band band,
            Map<String, BigDecimal> groups,
            @Nullable String weakest,
            @Nullable BigDecimal weakestPointsLost,
            @Nullable Integer monthsCovered,
            boolean demo) {}

    static RankingJson of(RankingResult result) {
        return new RankingJson(
                result.table().scope().code(),
                result.table().period().code(),
                result.table().rows().stream().map(r -> row(r, result)).toList(),
                result.table().missing().stream().map(Unit::code).toList());
    }

    private static Row row(RankingRow row, RankingResult result) {
        String code = row.unit().code();
        return new Row(
                row.rank(),
                code,
                row.unit().name(),
                row.total(),
                row.change(),
                row.movement(),
                row.band(),
                row.card().groups().points(),
                row.weakest() == null ? null : row.weakest().criterion().code(),
                row.weakest() == null ? null : row.weakest().pointsLost(),
                result.monthsCovered().get(code),
                result.isDemo(code));
    }
}
