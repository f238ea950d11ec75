package vn.chiso766.domain.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/** Scores and rates carry two decimals, as on the portal and in the database, so equal values compare equal. */
final class Scores {

    private Scores() {}

    static @Nullable BigDecimal twoDecimals(@Nullable BigDecimal value) {
        return value == null ? null : value.setScale(GroupScores.SCALE, RoundingMode.HALF_UP);
    }
}
