package vn.chiso766.domain.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.criteria.Criterion;

/** Checks a score card against the catalogue and what its source stated; one violation per broken rule. */
public final class ScoreCardValidator {

    /** Ward reports round to one decimal, so a stated figure may differ from the exact one by up to 0.05. */
    public static final BigDecimal TOLERANCE = new BigDecimal("0.05");

    private ScoreCardValidator() {}

    public static List<Violation> validate(
            ScoreCard card, CriteriaCatalogue catalogue, @Nullable BigDecimal previousTotal) {
        List<Violation> violations = new ArrayList<>();
        checkGroups(card.groups(), catalogue, violations);
        checkStatedTotal(card, violations);
        checkStatedChange(card, previousTotal, violations);
        return violations;
    }

    private static void checkGroups(GroupScores groups, CriteriaCatalogue catalogue, List<Violation> out) {
        for (Criterion criterion : catalogue.criteria()) {
            groups.get(criterion.code())
                    .ifPresentOrElse(
                            points -> checkRange(criterion, points, out),
                            () -> out.add(new Violation(ViolationType.GROUP_MISSING, criterion, List.of())));
        }
        groups.points().keySet().stream()
                .filter(code -> catalogue.find(code).isEmpty())
                .forEach(code -> out.add(new Violation(ViolationType.GROUP_UNKNOWN, null, List.of(code))));
    }

    private static void checkRange(Criterion criterion, BigDecimal points, List<Violation> out) {
        if (points.signum() < 0 || points.compareTo(criterion.maxPoints()) > 0) {
            out.add(new Violation(ViolationType.GROUP_OUT_OF_RANGE, criterion, List.of(points, criterion.maxPoints())));
        }
    }

    private static void checkStatedTotal(ScoreCard card, List<Violation> out) {
        BigDecimal stated = card.statedTotal();
        if (stated != null && differs(stated, card.total())) {
            out.add(new Violation(ViolationType.TOTAL_MISMATCH, null, List.of(stated, card.total())));
        }
    }

    private static void checkStatedChange(ScoreCard card, @Nullable BigDecimal previousTotal, List<Violation> out) {
        BigDecimal stated = card.statedChange();
        if (stated == null || previousTotal == null) {
            return;
        }
        BigDecimal computed = card.total().subtract(previousTotal);
        if (differs(stated, computed)) {
            out.add(new Violation(ViolationType.CHANGE_MISMATCH, null, List.of(stated, computed, previousTotal)));
        }
    }

    private static boolean differs(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs().compareTo(TOLERANCE) > 0;
    }
}
