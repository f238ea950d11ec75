package vn.chiso766.app.ranking;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.period.Period;

/** One month of a unit's trend: its total and rank (null without a report) and the scope's mean total. */
public record TrendPoint(
        Period.Month period,
        @Nullable BigDecimal total,
        @Nullable Integer rank,
        int ranked,
        @Nullable BigDecimal scopeMean) {}
