package vn.chiso766.domain.score;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.criteria.Criterion;

/**
 * Groups have different maxima, so the weakest criterion is the lowest attainment, ties broken by the most points
 * lost, then by catalogue order (DOMAIN.md "Weakest criterion").
 */
public final class WeakestCriterion {

    private WeakestCriterion() {}

    public static List<Weakness> weaknesses(GroupScores groups, CriteriaCatalogue catalogue) {
        return catalogue.criteria().stream()
                .filter(c -> groups.get(c.code()).isPresent())
                .map(c -> weakness(c, groups.get(c.code()).orElseThrow()))
                .toList();
    }

    public static Optional<Weakness> of(GroupScores groups, CriteriaCatalogue catalogue) {
        Comparator<Weakness> order = Comparator.comparing(Weakness::attainment)
                .thenComparing(Weakness::pointsLost, Comparator.reverseOrder())
                .thenComparing(w -> catalogue.indexOf(w.criterion().code()));
        return weaknesses(groups, catalogue).stream().min(order);
    }

    public static Weakness weakness(Criterion criterion, BigDecimal points) {
        BigDecimal attainment = points.divide(criterion.maxPoints(), MathContext.DECIMAL64);
        return new Weakness(criterion, points, attainment, criterion.maxPoints().subtract(points));
    }
}
