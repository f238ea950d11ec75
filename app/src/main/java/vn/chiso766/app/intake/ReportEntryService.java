package vn.chiso766.app.intake;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso766.app.audit.AuditEntry;
import vn.chiso766.app.audit.AuditSource;
import vn.chiso766.app.audit.AuditTrail;
import vn.chiso766.app.audit.state.ReportState;
import vn.chiso766.app.criteria.CatalogueService;
import vn.chiso766.app.i18n.TranslatableException;
import vn.chiso766.app.ranking.BandSettings;
import vn.chiso766.app.security.AccessGuard;
import vn.chiso766.app.unit.UnitDirectory;
import vn.chiso766.db.report.MonthlyReportEntity;
import vn.chiso766.db.report.MonthlyReportRepository;
import vn.chiso766.db.score.ScoreCardEntity;
import vn.chiso766.db.score.ScoreCardRepository;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.report.MonthlyReport;
import vn.chiso766.domain.report.ReportConsistency;
import vn.chiso766.domain.report.ReportStatus;
import vn.chiso766.domain.score.Band;
import vn.chiso766.domain.score.ScoreCard;
import vn.chiso766.domain.score.ScoreCardValidator;
import vn.chiso766.domain.score.Violation;
import vn.chiso766.domain.score.ViolationType;
import vn.chiso766.domain.unit.Unit;

/**
 * The entry form's work: load a unit's month, save it as a draft, submit it, and for the office approve it or
 * return it with a comment (draft → submitted → approved; returned → draft). Every save checks the versions the
 * form was loaded with, and every change is audited with its state before and after.
 */
@Service
@Transactional
public class ReportEntryService {

    static final int MAX_COMMENT = 1000;

    private final UnitDirectory units;
    private final MonthlyReportRepository reports;
    private final ScoreCardRepository cards;
    private final CatalogueService catalogues;
    private final BandSettings bands;
    private final ReportWriter writer;
    private final AuditTrail audit;
    private final Clock clock;
    private final AccessGuard access;

    ReportEntryService(
            UnitDirectory units,
            MonthlyReportRepository reports,
            ScoreCardRepository cards,
            CatalogueService catalogues,
            BandSettings bands,
            ReportWriter writer,
            AuditTrail audit,
            Clock clock,
            AccessGuard access) {
        this.units = units;
        this.reports = reports;
        this.cards = cards;
        this.catalogues = catalogues;
        this.bands = bands;
        this.writer = writer;
        this.audit = audit;
        this.clock = clock;
        this.access = access;
    }

    /** The unit's report for the month as stored, or a new one started from the previous month's wording. */
    @PreAuthorize("@access.canEditReport(#unitCode) or @access.canApproveReport(#unitCode)")
    @Transactional(readOnly = true)
    public ReportForm load(String unitCode, Period.Month period) {
        Unit unit = units.tree().find(unitCode).orElseThrow(() -> new TranslatableException("entry.unknownUnit"));
        CriteriaCatalogue catalogue = catalogues.forPeriod(period);
        ReportForm form = new ReportForm(unitCode, unit.name(), period);
        MonthlyReportEntity report =
                reports.findByUnitAndPeriod(unitCode, period.code()).orElse(null);
        ScoreCardEntity card =
                cards.findByUnitAndPeriod(unitCode, period.code()).orElse(null);
        form.fill(report == null ? null : report.toDomain(), card == null ? null : card.toDomain(catalogue));
        if (report == null) {
            MonthlyReport previous = reports.findByUnitAndPeriod(
                            unitCode, period.previous().code())
                    .map(MonthlyReportEntity::toDomain)
                    .orElse(null);
            ReportTemplate.start(form, unit, previous, LocalDate.now(clock));
        } else {
            form.setReturnComment(report.getReturnComment());
        }
        form.setVersions(report == null ? null : report.getVersion(), card == null ? null : card.getVersion());
        form.setPreviousTotal(previousTotal(unitCode, period));
        return form;
    }

    @PreAuthorize("@access.canEditReport(#unitCode)")
    public SavedReport saveDraft(String unitCode, ReportForm form) {
        return write(unitCode, form, ReportStatus.DRAFT);
    }

    @PreAuthorize("@access.canEditReport(#unitCode)")
    public SavedReport submit(String unitCode, ReportForm form) {
        return write(unitCode, form, ReportStatus.SUBMITTED);
    }

    @PreAuthorize("@access.canApproveReport(#unitCode)")
    public SavedReport approve(String unitCode, Period.Month period, long reportVersion) {
        MonthlyReportEntity report = stored(unitCode, period, reportVersion);
        if (report.getStatus() != ReportStatus.SUBMITTED) {
            throw new TranslatableException("entry.notSubmitted");
        }
        return transition(report, ReportStatus.APPROVED, null, "APPROVE");
    }

    /** Sends a submitted (or approved) report back to the ward as a draft, with the office's comment. */
    @PreAuthorize("@access.canApproveReport(#unitCode)")
    public SavedReport returnToWard(String unitCode, Period.Month period, long reportVersion, String comment) {
        String text = comment.strip();
        if (text.isEmpty() || text.length() > MAX_COMMENT) {
            throw new TranslatableException("entry.commentRequired", MAX_COMMENT);
        }
        MonthlyReportEntity report = stored(unitCode, period, reportVersion);
        if (report.getStatus() == ReportStatus.DRAFT) {
            throw new TranslatableException("entry.notSubmitted");
        }
        return transition(report, ReportStatus.DRAFT, text, "RETURN");
    }

    /** The flags a reader of the entered report would see: groups against the total, last month, the named lowest. */
    @Transactional(readOnly = true)
    public List<Violation> flags(ReportForm form) {
        CriteriaCatalogue catalogue = catalogues.forPeriod(form.getPeriod());
        return ReportConsistency.check(
                form.toCard(), form.toReport(ReportStatus.DRAFT), catalogue, form.getPreviousTotal());
    }

    /** Whether the signed-in user may approve or return this unit's reports; the actions check it again. */
    public boolean canApprove(String unitCode) {
        return access.canApproveReport(unitCode);
    }

    /** The wards and communes whose reports the signed-in user may enter, by name: the choices of the form. */
    @Transactional(readOnly = true)
    public List<Unit> editableUnits() {
        java.text.Collator collator = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi-VN"));
        return access.visibleUnits().stream()
                .filter(u -> u.parentCode() != null && access.canEditReport(u.code()))
                .sorted(java.util.Comparator.comparing(Unit::name, collator))
                .toList();
    }

    /** The month a ward reports on now: the one before the current month (reports are sent early next month). */
    public Period.Month reportingMonth() {
        return new Period.Month(java.time.YearMonth.now(clock).minusMonths(1));
    }

    public CriteriaCatalogue catalogue(Period period) {
        return catalogues.forPeriod(period);
    }

    public Band band(BigDecimal total) {
        return bands.thresholds().classify(total);
    }

    private SavedReport write(String unitCode, ReportForm form, ReportStatus status) {
        if (!form.getUnitCode().equals(unitCode)) {
            throw new IllegalArgumentException("The form is for " + form.getUnitCode() + ", not " + unitCode);
        }
        ScoreCard card = form.toCard();
        List<String> wrong = ScoreCardValidator.validate(card, catalogues.forPeriod(form.getPeriod()), null).stream()
                .filter(v -> v.type() == ViolationType.GROUP_MISSING
                        || v.type() == ViolationType.GROUP_OUT_OF_RANGE
                        || v.type() == ViolationType.GROUP_UNKNOWN)
                .map(v -> v.criterionCode() == null ? String.valueOf(v.arguments()) : v.criterionCode())
                .toList();
        if (!wrong.isEmpty()) {
            throw new TranslatableException("entry.invalidScores", String.join(", ", wrong));
        }
        return writer.save(
                form.toReport(status), card, form.getReportVersion(), form.getCardVersion(), AuditSource.FORM);
    }

    private MonthlyReportEntity stored(String unitCode, Period.Month period, long version) {
        MonthlyReportEntity report = reports.findByUnitAndPeriod(unitCode, period.code())
                .orElseThrow(() -> new TranslatableException("entry.noReport"));
        if (report.getVersion() != version) {
            throw new EditConflictException();
        }
        return report;
    }

    private SavedReport transition(
            MonthlyReportEntity report, ReportStatus status, @Nullable String comment, String action) {
        ReportState before = ReportState.of(report.toDomain(), report.getReturnComment());
        report.setStatus(status);
        report.setReturnComment(comment);
        audit.record(AuditEntry.of(action, before, ReportState.of(report.toDomain(), comment), AuditSource.FORM));
        try {
            reports.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new EditConflictException();
        }
        Long cardVersion = cards.findByUnitAndPeriod(before.unitCode(), before.period())
                .map(ScoreCardEntity::getVersion)
                .orElse(null);
        return new SavedReport(report.getVersion(), cardVersion, status, comment);
    }

    private @Nullable BigDecimal previousTotal(String unitCode, Period.Month period) {
        return cards.findByUnitAndPeriod(unitCode, period.previous().code())
                .map(ScoreCardEntity::getTotal)
                .orElse(null);
    }
}
