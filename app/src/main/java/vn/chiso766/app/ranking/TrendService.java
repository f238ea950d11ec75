package vn.chiso766.app.ranking;

import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso766.app.security.AccessGuard;
import vn.chiso766.app.unit.UnitDirectory;
import vn.chiso766.domain.overview.ScopeOverview;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.ranking.RankingRow;
import vn.chiso766.domain.unit.Unit;

/** A unit's trend against its parent's other children, from the monthly rankings of the parent. */
@Service
@Transactional(readOnly = true)
public class TrendService {

    public static final int MAX_MONTHS = 36;

    private final RankingService rankings;
    private final UnitDirectory units;
    private final AccessGuard access;

    TrendService(RankingService rankings, UnitDirectory units, AccessGuard access) {
        this.rankings = rankings;
        this.units = units;
        this.access = access;
    }

    public Optional<UnitTrend> trend(String unitCode, Period.Month to, int months) {
        if (!access.canSeeUnit(unitCode)) {
            throw new AccessDeniedException("Unit " + unitCode + " is outside the reader's scope");
        }
        if (months < 1 || months > MAX_MONTHS) {
            throw new IllegalArgumentException("periods must be between 1 and " + MAX_MONTHS);
        }
        Optional<Unit> unit = units.tree().find(unitCode);
        if (unit.isEmpty() || unit.get().parentCode() == null) {
            return Optional.empty();
        }
        Unit scope = units.tree().find(unit.get().parentCode()).orElseThrow();
        List<TrendPoint> points = rankings.series(scope.code(), to, months).stream()
                .map(result -> point(unitCode, result))
                .toList();
        return Optional.of(new UnitTrend(unit.get(), scope, points));
    }

    private static TrendPoint point(String unitCode, RankingResult result) {
        Optional<RankingRow> row = result.table().rows().stream()
                .filter(r -> r.unit().code().equals(unitCode))
                .findFirst();
        return new TrendPoint(
                (Period.Month) result.table().period(),
                row.map(RankingRow::total).orElse(null),
                row.map(RankingRow::rank).orElse(null),
                result.table().rows().size(),
                ScopeOverview.of(result.table(), null).average());
    }
}
