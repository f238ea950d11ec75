package vn.chiso766.domain.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.score.ScoreCard;

/**
 * Whether a remediation measure moved the criterion it targeted: the criterion's points in the report's month
 * (the baseline) and in each following month, with the change against the baseline.
 */
public record MeasureFollowUp(
        RemediationMeasure measure, @Nullable BigDecimal baseline, List<FollowUpPoint> after) {

    /**
     * @param cards the unit's cards, any months; those of the report's month and up to {@code months} after it
     *     are used
     */
    public static List<MeasureFollowUp> of(MonthlyReport report, List<ScoreCard> cards, int months) {
        Map<Period, ScoreCard> byPeriod =
                cards.stream().collect(Collectors.toMap(ScoreCard::period, Function.identity(), (a, b) -> a));
        ScoreCard base = byPeriod.get(report.period());
        List<MeasureFollowUp> followUps = new ArrayList<>();
        for (RemediationMeasure measure : report.measures()) {
            String target = measure.targetCriterion();
            BigDecimal baseline = base == null || target == null
                    ? null
                    : base.groups().get(target).orElse(null);
            List<FollowUpPoint> after = new ArrayList<>();
            Period.Month month = report.period();
            for (int i = 0; i < months; i++) {
                month = month.next();
                ScoreCard card = byPeriod.get(month);
                BigDecimal points = card == null || target == null
                        ? null
                        : card.groups().get(target).orElse(null);
                BigDecimal change = points == null || baseline == null ? null : points.subtract(baseline);
                after.add(new FollowUpPoint(month, points, change));
            }
            followUps.add(new MeasureFollowUp(measure, baseline, after));
        }
        return followUps;
    }
}
