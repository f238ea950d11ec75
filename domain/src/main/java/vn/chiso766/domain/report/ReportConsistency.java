package vn.chiso766.domain.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.criteria.Criterion;
import vn.chiso766.domain.score.ScoreCard;
import vn.chiso766.domain.score.ScoreCardValidator;
import vn.chiso766.domain.score.Violation;
import vn.chiso766.domain.score.ViolationType;
import vn.chiso766.domain.score.WeakestCriterion;
import vn.chiso766.domain.score.Weakness;

/**
 * The flags a reader of a ward's report should see: the score card's own violations (groups out of range, groups
 * not summing to the stated total, a stated change differing from the computed one) and a report naming as its
 * lowest a group that is not the weakest by attainment — as the seed report does (it names publicity, 16,7/18,
 * while online payment, 4,9/10, attains least).
 */
public final class ReportConsistency {

    private ReportConsistency() {}

    public static List<Violation> check(
            ScoreCard card,
            @Nullable MonthlyReport report,
            CriteriaCatalogue catalogue,
            @Nullable BigDecimal previousTotal) {
        List<Violation> flags = new ArrayList<>(ScoreCardValidator.validate(card, catalogue, previousTotal));
        if (report != null && report.namedLowestGroup() != null) {
            WeakestCriterion.of(card.groups(), catalogue)
                    .filter(w -> !w.criterion().code().equals(report.namedLowestGroup()))
                    .ifPresent(w -> catalogue
                            .find(report.namedLowestGroup())
                            .ifPresent(named -> flags.add(namedLowest(named, w))));
        }
        return flags;
    }

    private static Violation namedLowest(Criterion named, Weakness weakest) {
        return new Violation(
                ViolationType.NAMED_LOWEST_NOT_WEAKEST,
                named,
                List.of(
                        weakest.criterion().code(),
                        weakest.criterion(),
                        weakest.points(),
                        weakest.criterion().maxPoints()));
    }
}
