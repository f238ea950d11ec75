package vn.chiso766.db.score;

import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A score card as rankings read it: no operational figures, no entity, just what ranking needs. */
public record CardRow(
        String unitCode,
        String period,
        boolean demo,
        Map<String, BigDecimal> groups,
        @Nullable BigDecimal statedTotal,
        @Nullable BigDecimal statedChange) {}
