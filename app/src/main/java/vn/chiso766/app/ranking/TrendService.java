package vn.chiso766.app.ranking;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso766.app.security.AccessGuard;
import vn.chiso766.app.unit.UnitDirectory;
import vn.chiso766.db.score.RankingCardReader;
import vn.chiso766.db.score.TotalRow;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.unit.Unit;

/**
 * A unit's trend against its parent's other children, counting the cards the rankings count. Only the unit's own rank is needed each month, so it is
 * counted (1 + the units with a higher total, the competition rule) instead of building whole rankings: with
 * 3,321 units and twelve months that is the difference between seconds and milliseconds.
 */
@Service
@Transactional(readOnly = true)
public class TrendService {

    public static final int MAX_MONTHS = 36;

    private final RankingCardReader cards;
    private final UnitDirectory units;
    private final AccessGuard access;

    TrendService(RankingCardReader cards, UnitDirectory units, AccessGuard access) {
        this.cards = cards;
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
        if (!access.canRank(scope.code())) {
            throw new AccessDeniedException("Scope " + scope.code() + " is not rankable by the reader");
        }
        List<Period.Month> range = new ArrayList<>();
        for (Period.Month month = to; range.size() < months; month = month.previous()) {
            range.addFirst(month);
        }
        Map<String, List<BigDecimal>> totalsByMonth = new HashMap<>();
        Map<String, BigDecimal> unitTotals = new HashMap<>();
        List<String> codes = range.stream().map(Period::code).toList();
        for (TotalRow row : cards.totalsOfChildren(scope.code(), codes, false)) {
            BigDecimal total = row.total().setScale(2, RoundingMode.HALF_UP);
            totalsByMonth.computeIfAbsent(row.period(), p -> new ArrayList<>()).add(total);
            if (row.unitCode().equals(unitCode)) {
                unitTotals.put(row.period(), total);
            }
        }
        List<TrendPoint> points = range.stream()
                .map(m -> point(m, unitTotals.get(m.code()), totalsByMonth.getOrDefault(m.code(), List.of())))
                .toList();
        return Optional.of(new UnitTrend(unit.get(), scope, points));
    }

    private static TrendPoint point(Period.Month month, BigDecimal total, List<BigDecimal> totals) {
        BigDecimal mean = totals.isEmpty()
                ? null
                : totals.stream()
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(totals.size()), MathContext.DECIMAL64)
                        .setScale(2, RoundingMode.HALF_UP);
        Integer rank = total == null
                ? null
                : 1 + (int) totals.stream().filter(t -> t.compareTo(total) > 0).count();
        return new TrendPoint(month, total, rank, totals.size(), mean);
    }
}
