package vn.chiso766.domain.score;

import java.math.BigDecimal;
import vn.chiso766.domain.criteria.Criterion;

/** A criterion's attainment (score ÷ maximum, 0…1) and the points lost (maximum − score). */
public record Weakness(Criterion criterion, BigDecimal points, BigDecimal attainment, BigDecimal pointsLost) {}
