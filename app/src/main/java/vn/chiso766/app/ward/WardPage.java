package vn.chiso766.app.ward;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.chiso766.app.ranking.UnitTrend;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.ranking.RankingRow;
import vn.chiso766.domain.report.MeasureFollowUp;
import vn.chiso766.domain.report.MonthlyReport;
import vn.chiso766.domain.score.ScoreCard;
import vn.chiso766.domain.score.Violation;
import vn.chiso766.domain.unit.Unit;

/**
 * Everything a ward's page shows for one month: the report as written and its score card, the unit's place
 * among its neighbours, its criteria against the scope's mean, the trend, the consistency flags, and the
 * remediation measures with what followed them (this month's and last month's); the office's comment when it
 * returned the report, and whether the reader may edit the unit's reports (to offer the entry form).
 */
public record WardPage(
        Unit unit,
        Unit scope,
        Period.Month period,
        CriteriaCatalogue catalogue,
        @Nullable MonthlyReport report,
        boolean demo,
        @Nullable ScoreCard card,
        @Nullable RankingRow ranking,
        int ranked,
        Map<String, BigDecimal> scopeMeanPoints,
        UnitTrend trend,
        List<Violation> flags,
        List<MeasureFollowUp> followUps,
        @Nullable MonthlyReport previousReport,
        List<MeasureFollowUp> previousFollowUps,
        Period.@Nullable Month previousMonth,
        Period.@Nullable Month nextMonth,
        @Nullable String returnComment,
        boolean editable) {}
