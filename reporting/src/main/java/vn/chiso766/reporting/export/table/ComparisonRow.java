package vn.chiso766.reporting.export.table;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.score.Band;
import vn.chiso766.domain.score.Weakness;
import vn.chiso766.domain.unit.Unit;

/**
 * One ranked unit as the ranking screen shows it. {@code groups} follows the table's criteria, null where the
 * unit has no score for a group; {@code monthsCovered} is set for a quarter or year computed from fewer months.
 */
public record ComparisonRow(
        int rank,
        @Nullable Integer movement,
        Unit unit,
        BigDecimal total,
        @Nullable BigDecimal change,
        Band band,
        List<@Nullable BigDecimal> groups,
        @Nullable Weakness weakest,
        boolean demo,
        @Nullable Integer monthsCovered) {

    public ComparisonRow {
        groups = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(groups));
    }
}
