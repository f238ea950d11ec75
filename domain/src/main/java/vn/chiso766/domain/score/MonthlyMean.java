package vn.chiso766.domain.score;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.chiso766.domain.period.Period;

/**
 * A quarter or year scored as the mean of the monthly cards reported in it (product decision, issue 4): each
 * group is the mean of the months that have it, so the total is the mean of the monthly totals up to rounding.
 */
public final class MonthlyMean {

    private MonthlyMean() {}

    public static ScoreCard of(String unitCode, Period period, List<ScoreCard> months) {
        if (months.isEmpty()) {
            throw new IllegalArgumentException("No monthly cards for " + unitCode + " in " + period);
        }
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ScoreCard month : months) {
            if (!period.contains((Period.Month) month.period())) {
                throw new IllegalArgumentException(month.period() + " is not within " + period);
            }
            month.groups().points().forEach((code, points) -> {
                sums.merge(code, points, BigDecimal::add);
                counts.merge(code, 1, Integer::sum);
            });
        }
        Map<String, BigDecimal> means = new LinkedHashMap<>();
        sums.forEach((code, sum) ->
                means.put(code, sum.divide(BigDecimal.valueOf(counts.get(code)), MathContext.DECIMAL64)));
        return ScoreCard.of(unitCode, period, new GroupScores(means));
    }
}
