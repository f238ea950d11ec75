package vn.chiso766.domain.score;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.period.Period;

/**
 * One unit's result for one period. The stated total and stated change are what a source (a ward's report, the
 * portal) wrote; they are kept beside the computed values so that disagreements can be shown, never used to
 * rank.
 */
public record ScoreCard(
        String unitCode,
        Period period,
        GroupScores groups,
        OperationalFigures figures,
        @Nullable BigDecimal statedTotal,
        @Nullable BigDecimal statedChange) {

    public ScoreCard {
        statedTotal = Scores.twoDecimals(statedTotal);
        statedChange = Scores.twoDecimals(statedChange);
    }

    public static ScoreCard of(String unitCode, Period period, GroupScores groups) {
        return new ScoreCard(unitCode, period, groups, OperationalFigures.NONE, null, null);
    }

    public BigDecimal total() {
        return groups.total();
    }
}
