package vn.chiso766.app.ward;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso766.app.criteria.CatalogueService;
import vn.chiso766.app.ranking.RankingResult;
import vn.chiso766.app.ranking.RankingService;
import vn.chiso766.app.ranking.TrendService;
import vn.chiso766.app.ranking.UnitTrend;
import vn.chiso766.app.report.ReportService;
import vn.chiso766.app.report.WardReport;
import vn.chiso766.app.security.AccessGuard;
import vn.chiso766.app.unit.UnitDirectory;
import vn.chiso766.db.report.MonthlyReportRepository;
import vn.chiso766.db.score.ScoreCardRepository;
import vn.chiso766.domain.aggregate.ScopeAggregates;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.ranking.RankingRow;
import vn.chiso766.domain.report.MeasureFollowUp;
import vn.chiso766.domain.report.MonthlyReport;
import vn.chiso766.domain.report.ReportConsistency;
import vn.chiso766.domain.score.ScoreCard;
import vn.chiso766.domain.unit.Unit;

/** Assembles a ward's page for one month, under the same access rules as the report API. */
@Service
@Transactional(readOnly = true)
public class WardPageService {

    /** How many months after a report its measures are followed. */
    static final int FOLLOW_UP_MONTHS = 3;

    static final int TREND_MONTHS = 12;

    private final UnitDirectory units;
    private final AccessGuard access;
    private final ReportService reports;
    private final MonthlyReportRepository reportRepository;
    private final ScoreCardRepository cards;
    private final RankingService rankings;
    private final TrendService trends;
    private final CatalogueService catalogues;

    WardPageService(
            UnitDirectory units,
            AccessGuard access,
            ReportService reports,
            MonthlyReportRepository reportRepository,
            ScoreCardRepository cards,
            RankingService rankings,
            TrendService trends,
            CatalogueService catalogues) {
        this.units = units;
        this.access = access;
        this.reports = reports;
        this.reportRepository = reportRepository;
        this.cards = cards;
        this.rankings = rankings;
        this.trends = trends;
        this.catalogues = catalogues;
    }

    /** The latest month in which the unit has a score card. */
    public Optional<Period.Month> latestMonth(String unitCode) {
        requireVisible(unitCode);
        List<ScoreCard> months = monthsOf(unitCode, catalogues.forPeriod(Period.month(2024, 1)));
        return months.isEmpty()
                ? Optional.empty()
                : Optional.of((Period.Month) months.getLast().period());
    }

    public Optional<WardPage> page(String unitCode, Period.Month period) {
        requireVisible(unitCode);
        Optional<Unit> unit = units.tree().find(unitCode);
        if (unit.isEmpty() || unit.get().parentCode() == null) {
            return Optional.empty();
        }
        Unit scope = units.tree().find(unit.get().parentCode()).orElseThrow();
        CriteriaCatalogue catalogue = catalogues.forPeriod(period);
        Optional<WardReport> report = reports.find(unitCode, period);
        List<ScoreCard> months = monthsOf(unitCode, catalogue);
        ScoreCard card = find(months, period);
        ScoreCard previousCard = find(months, period.previous());
        RankingResult ranking = rankings.rank(scope.code(), period).orElseThrow();
        MonthlyReport previousReport = readablePreviousReport(unitCode, period.previous());
        UnitTrend trend = trends.trend(unitCode, period, TREND_MONTHS).orElseThrow();
        MonthlyReport current = report.map(WardReport::report).orElse(null);
        return Optional.of(new WardPage(
                unit.get(),
                scope,
                period,
                catalogue,
                current,
                report.map(WardReport::demo).orElse(card != null && isDemo(unitCode, period)),
                card,
                row(ranking, unitCode),
                ranking.table().rows().size(),
                scopeMeans(ranking, catalogue),
                trend,
                card == null
                        ? List.of()
                        : ReportConsistency.check(
                                card, current, catalogue, previousCard == null ? null : previousCard.total()),
                current == null ? List.of() : MeasureFollowUp.of(current, months, FOLLOW_UP_MONTHS),
                previousReport,
                previousReport == null ? List.of() : MeasureFollowUp.of(previousReport, months, 1),
                previousCard == null ? null : period.previous(),
                find(months, period.next()) == null ? null : period.next(),
                report.map(WardReport::returnComment).orElse(null),
                access.canEditReport(unitCode)));
    }

    private void requireVisible(String unitCode) {
        if (!access.canSeeUnit(unitCode)) {
            throw new AccessDeniedException("Unit " + unitCode + " is outside the reader's scope");
        }
    }

    private List<ScoreCard> monthsOf(String unitCode, CriteriaCatalogue catalogue) {
        return cards.findMonthsOfUnit(unitCode).stream()
                .map(c -> c.toDomain(catalogue))
                .toList();
    }

    private boolean isDemo(String unitCode, Period.Month period) {
        return cards.findByUnitAndPeriod(unitCode, period.code())
                .map(c -> c.isDemo())
                .orElse(false);
    }

    /** Last month's report, if this reader may read it (a neighbour's unapproved report is simply left out). */
    private @Nullable MonthlyReport readablePreviousReport(String unitCode, Period.Month month) {
        return reportRepository
                .findByUnitAndPeriod(unitCode, month.code())
                .map(r -> r.toDomain())
                .filter(r -> access.canReadReport(unitCode, r.status()))
                .orElse(null);
    }

    private static @Nullable ScoreCard find(List<ScoreCard> months, Period.Month month) {
        return months.stream().filter(c -> c.period().equals(month)).findFirst().orElse(null);
    }

    private static @Nullable RankingRow row(RankingResult ranking, String unitCode) {
        return ranking.table().rows().stream()
                .filter(r -> r.unit().code().equals(unitCode))
                .findFirst()
                .orElse(null);
    }

    private static Map<String, BigDecimal> scopeMeans(RankingResult ranking, CriteriaCatalogue catalogue) {
        Map<String, BigDecimal> means = new LinkedHashMap<>();
        ScopeAggregates.of(ranking.table().rows().stream().map(RankingRow::card).toList(), catalogue)
                .ifPresent(a -> a.perGroup().forEach((code, stats) -> means.put(code, stats.mean())));
        return means;
    }
}
