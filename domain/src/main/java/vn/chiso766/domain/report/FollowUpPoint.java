package vn.chiso766.domain.report;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.period.Period;

/** The targeted criterion's points in a month after the measure, and the change since the report's month. */
public record FollowUpPoint(
        Period.Month month,
        @Nullable BigDecimal points,
        @Nullable BigDecimal change) {}
