package vn.chiso766.domain.ranking;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.score.Band;
import vn.chiso766.domain.score.ScoreCard;
import vn.chiso766.domain.score.Weakness;
import vn.chiso766.domain.unit.Unit;

/**
 * One ranked unit. {@code movement} and {@code change} are null when the unit has no score in the previous
 * period.
 */
public record RankingRow(
        Unit unit,
        int rank,
        @Nullable Integer movement,
        BigDecimal total,
        @Nullable BigDecimal change,
        Band band,
        ScoreCard card,
        @Nullable Weakness weakest) {}
