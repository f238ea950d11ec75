package vn.chiso766.app.report;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso766.app.criteria.CatalogueService;
import vn.chiso766.app.security.AccessGuard;
import vn.chiso766.db.report.MonthlyReportEntity;
import vn.chiso766.db.report.MonthlyReportRepository;
import vn.chiso766.db.score.ScoreCardRepository;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.report.MonthlyReport;
import vn.chiso766.domain.score.ScoreCard;
import vn.chiso766.domain.score.WeakestCriterion;

/**
 * Reads one ward's monthly report. The unit is checked before anything is looked up, so a refused reader learns
 * nothing, not even whether the report exists; then the report's status decides (a ward chair reads other wards'
 * reports only once approved).
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

    private final MonthlyReportRepository reports;
    private final ScoreCardRepository cards;
    private final CatalogueService catalogues;
    private final AccessGuard access;

    ReportService(
            MonthlyReportRepository reports,
            ScoreCardRepository cards,
            CatalogueService catalogues,
            AccessGuard access) {
        this.reports = reports;
        this.cards = cards;
        this.catalogues = catalogues;
        this.access = access;
    }

    public Optional<WardReport> find(String unitCode, Period.Month period) {
        if (!access.canSeeUnit(unitCode)) {
            throw new AccessDeniedException("Unit " + unitCode + " is outside the reader's scope");
        }
        Optional<MonthlyReportEntity> stored = reports.findByUnitAndPeriod(unitCode, period.code());
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        MonthlyReport report = stored.get().toDomain();
        if (!access.canReadReport(unitCode, report.status())) {
            throw new AccessDeniedException("Report of " + unitCode + " for " + period + " is not readable");
        }
        CriteriaCatalogue catalogue = catalogues.forPeriod(period);
        ScoreCard card = cards.findByUnitAndPeriod(unitCode, period.code())
                .map(c -> c.toDomain(catalogue))
                .orElse(null);
        return Optional.of(new WardReport(
                stored.get().getUnit().toDomain(),
                report,
                stored.get().isDemo(),
                card,
                card == null
                        ? null
                        : WeakestCriterion.of(card.groups(), catalogue).orElse(null),
                stored.get().getReturnComment()));
    }
}
