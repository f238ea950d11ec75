package vn.chiso766.app.report;

import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.report.MonthlyReport;
import vn.chiso766.domain.score.ScoreCard;
import vn.chiso766.domain.score.Weakness;
import vn.chiso766.domain.unit.Unit;

/**
 * A ward's monthly report with its score card, as a reader allowed to see it gets it, and the office's comment
 * when it returned the report to the ward.
 */
public record WardReport(
        Unit unit,
        MonthlyReport report,
        boolean demo,
        @Nullable ScoreCard card,
        @Nullable Weakness weakest,
        @Nullable String returnComment) {}
