package vn.chiso766.app.intake;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso766.app.audit.AuditEntry;
import vn.chiso766.app.audit.AuditSource;
import vn.chiso766.app.audit.AuditTrail;
import vn.chiso766.app.audit.state.ReportState;
import vn.chiso766.app.audit.state.ScoreCardState;
import vn.chiso766.app.criteria.CatalogueService;
import vn.chiso766.app.i18n.TranslatableException;
import vn.chiso766.db.report.MonthlyReportEntity;
import vn.chiso766.db.report.MonthlyReportRepository;
import vn.chiso766.db.score.ScoreCardEntity;
import vn.chiso766.db.score.ScoreCardRepository;
import vn.chiso766.db.unit.UnitEntity;
import vn.chiso766.db.unit.UnitRepository;
import vn.chiso766.domain.report.MonthlyReport;
import vn.chiso766.domain.report.ReportStatus;
import vn.chiso766.domain.score.ScoreCard;

/**
 * Writes a report and its score card together, with an audit entry each (state before and after), inside the
 * caller's transaction: both or neither. It refuses a save made from versions older than the stored ones, and a
 * change to a report that is no longer a draft.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class ReportWriter {

    private final UnitRepository units;
    private final MonthlyReportRepository reports;
    private final ScoreCardRepository cards;
    private final CatalogueService catalogues;
    private final AuditTrail audit;

    ReportWriter(
            UnitRepository units,
            MonthlyReportRepository reports,
            ScoreCardRepository cards,
            CatalogueService catalogues,
            AuditTrail audit) {
        this.units = units;
        this.reports = reports;
        this.cards = cards;
        this.catalogues = catalogues;
        this.audit = audit;
    }

    /** Saves a draft or a submitted report; a submitted one no longer carries the office's return comment. */
    SavedReport save(
            MonthlyReport report,
            ScoreCard card,
            @Nullable Long reportVersion,
            @Nullable Long cardVersion,
            AuditSource source) {
        String unitCode = report.unitCode();
        String period = report.period().code();
        MonthlyReportEntity storedReport =
                reports.findByUnitAndPeriod(unitCode, period).orElse(null);
        ScoreCardEntity storedCard = cards.findByUnitAndPeriod(unitCode, period).orElse(null);
        requireVersion(storedReport == null ? null : storedReport.getVersion(), reportVersion);
        requireVersion(storedCard == null ? null : storedCard.getVersion(), cardVersion);
        if (storedReport != null && storedReport.getStatus() != ReportStatus.DRAFT) {
            throw new TranslatableException("entry.notEditable");
        }
        MonthlyReportEntity savedReport = saveReport(storedReport, report, source);
        ScoreCardEntity savedCard = saveCard(storedCard, card, source);
        flush();
        return new SavedReport(
                savedReport.getVersion(),
                savedCard.getVersion(),
                savedReport.getStatus(),
                savedReport.getReturnComment());
    }

    private MonthlyReportEntity saveReport(
            @Nullable MonthlyReportEntity stored, MonthlyReport report, AuditSource source) {
        String comment = report.status() == ReportStatus.SUBMITTED || stored == null ? null : stored.getReturnComment();
        if (stored == null) {
            MonthlyReportEntity created = reports.save(new MonthlyReportEntity(unit(report.unitCode()), report, false));
            audit.record(AuditEntry.created(ReportState.of(report, null), source));
            return created;
        }
        ReportState before = ReportState.of(stored.toDomain(), stored.getReturnComment());
        stored.update(report);
        stored.setReturnComment(comment);
        audit.record(AuditEntry.updated(before, ReportState.of(report, comment), source));
        return stored;
    }

    private ScoreCardEntity saveCard(@Nullable ScoreCardEntity stored, ScoreCard card, AuditSource source) {
        String origin = origin(source);
        if (stored == null) {
            ScoreCardEntity created = cards.save(new ScoreCardEntity(unit(card.unitCode()), card, origin, false));
            audit.record(AuditEntry.created(ScoreCardState.of(card, origin), source));
            return created;
        }
        ScoreCardState before =
                ScoreCardState.of(stored.toDomain(catalogues.forPeriod(card.period())), stored.getSource());
        stored.update(card);
        stored.setSource(origin);
        audit.record(AuditEntry.updated(before, ScoreCardState.of(card, origin), source));
        return stored;
    }

    /** The card's source column: "form", or the file's name and SHA-256 (the column holds 500 characters). */
    private static String origin(AuditSource source) {
        String origin = source.sha256() == null ? source.name() : source.name() + " sha256:" + source.sha256();
        return origin.length() > 500 ? origin.substring(0, 500) : origin;
    }

    private UnitEntity unit(String code) {
        return units.findByCode(code).orElseThrow(() -> new IllegalArgumentException("No unit " + code));
    }

    private static void requireVersion(@Nullable Long stored, @Nullable Long expected) {
        if (!Objects.equals(stored, expected)) {
            throw new EditConflictException();
        }
    }

    /** Another transaction may have written between our read and our write; the database's version check tells. */
    private void flush() {
        try {
            reports.flush();
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw new EditConflictException();
        }
    }
}
