package vn.chiso766.app.intake;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso766.app.audit.AuditSource;
import vn.chiso766.app.criteria.CatalogueService;
import vn.chiso766.app.i18n.TranslatableException;
import vn.chiso766.app.security.AccessGuard;
import vn.chiso766.db.report.MonthlyReportEntity;
import vn.chiso766.db.report.MonthlyReportRepository;
import vn.chiso766.db.score.ScoreCardEntity;
import vn.chiso766.db.score.ScoreCardRepository;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.report.ReportConsistency;
import vn.chiso766.domain.report.ReportStatus;
import vn.chiso766.domain.score.ScoreCard;
import vn.chiso766.domain.score.Violation;
import vn.chiso766.domain.unit.Unit;
import vn.chiso766.reporting.document.Found;
import vn.chiso766.reporting.document.ReportDocumentReader;
import vn.chiso766.reporting.document.ReportExtraction;
import vn.chiso766.reporting.document.UnitNames;

/**
 * Imports a ward's report document: a preview of what it states, matched to a unit the user may see, with the
 * consistency flags; then, once confirmed, the report and its score card saved as a draft (or over the stored
 * draft) in one transaction, audited with the file's name and SHA-256. The file is read again on confirmation,
 * so what is saved is what the file says, not what a client sent back.
 */
@Service
@Transactional
public class ReportDocumentService {

    private static final Period.Month FALLBACK_MONTH = Period.month(2024, 1);

    private final AccessGuard access;
    private final MonthlyReportRepository reports;
    private final ScoreCardRepository cards;
    private final CatalogueService catalogues;
    private final ReportWriter writer;
    private final ReportDocumentReader reader;

    ReportDocumentService(
            AccessGuard access,
            MonthlyReportRepository reports,
            ScoreCardRepository cards,
            CatalogueService catalogues,
            ReportWriter writer) {
        this.access = access;
        this.reports = reports;
        this.cards = cards;
        this.catalogues = catalogues;
        this.writer = writer;
        this.reader = new ReportDocumentReader(catalogues::forPeriod);
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'WARD_CHAIR')")
    @Transactional(readOnly = true)
    public DocumentPreview preview(String fileName, byte[] content) {
        ReportExtraction extraction = reader.read(fileName, content);
        Period.Month period =
                extraction.period() == null ? null : extraction.period().value();
        CriteriaCatalogue catalogue = catalogues.forPeriod(period == null ? FALLBACK_MONTH : period);
        String sha256 = sha256(content);
        if (extraction.unitName() == null) {
            return new DocumentPreview(
                    fileName, sha256, extraction, null, null, catalogue, List.of(), null, null, null);
        }
        Unit unit;
        try {
            unit = unitNamed(extraction.unitName(), period);
        } catch (TranslatableException refusal) {
            return new DocumentPreview(
                    fileName, sha256, extraction, null, refusal, catalogue, List.of(), null, null, null);
        }
        MonthlyReportEntity stored = period == null
                ? null
                : reports.findByUnitAndPeriod(unit.code(), period.code()).orElse(null);
        ScoreCardEntity storedCard = period == null
                ? null
                : cards.findByUnitAndPeriod(unit.code(), period.code()).orElse(null);
        TranslatableException refusal = stored != null && stored.getStatus() != ReportStatus.DRAFT
                ? new TranslatableException("import.notEditable", unit.name())
                : null;
        return new DocumentPreview(
                fileName,
                sha256,
                extraction,
                unit,
                refusal,
                catalogue,
                flags(extraction, unit, catalogue),
                stored == null ? null : stored.getStatus(),
                stored == null ? null : stored.getVersion(),
                storedCard == null ? null : storedCard.getVersion());
    }

    /**
     * Saves the document's report and card as a draft of {@code unitCode}, refused when the file has problems,
     * names another unit, or the stored draft changed since the preview (its versions differ).
     */
    @PreAuthorize("@access.canEditReport(#unitCode)")
    public SavedReport confirm(
            String unitCode,
            String fileName,
            byte[] content,
            @Nullable Long reportVersion,
            @Nullable Long cardVersion) {
        DocumentPreview preview = preview(fileName, content);
        if (preview.refusal() != null) {
            throw preview.refusal();
        }
        if (!preview.canConfirm() || !preview.unit().code().equals(unitCode)) {
            throw new TranslatableException("import.cannotConfirm");
        }
        ReportExtraction extraction = preview.extraction();
        return writer.save(
                extraction.toReport(unitCode, ReportStatus.DRAFT),
                extraction.toScoreCard(unitCode),
                reportVersion,
                cardVersion,
                AuditSource.file(fileName, preview.sha256()));
    }

    /**
     * The unit the document names, among those the user may see; refused when none is called so, or when the one
     * called so is not the user's to enter (a ward chair's neighbour).
     */
    private Unit unitNamed(Found<String> name, Period.@Nullable Month period) {
        List<Unit> named = access.visibleUnits().stream()
                .filter(u -> u.parentCode() != null && UnitNames.same(name.value(), u.name()))
                .filter(u -> period == null || u.isValidIn(period))
                .toList();
        if (named.isEmpty()) {
            throw new TranslatableException("import.unknownUnit", name.value(), name.line());
        }
        return named.stream()
                .filter(u -> access.canEditReport(u.code()))
                .findFirst()
                .orElseThrow(() -> new TranslatableException(
                        "import.notYours", named.getFirst().name(), name.line()));
    }

    private List<Violation> flags(ReportExtraction extraction, Unit unit, CriteriaCatalogue catalogue) {
        if (extraction.hasProblems()) {
            return List.of();
        }
        ScoreCard card = extraction.toScoreCard(unit.code());
        Period.Month period = (Period.Month) card.period();
        BigDecimal previousTotal = cards.findByUnitAndPeriod(
                        unit.code(), period.previous().code())
                .map(ScoreCardEntity::getTotal)
                .orElse(null);
        return ReportConsistency.check(
                card, extraction.toReport(unit.code(), ReportStatus.DRAFT), catalogue, previousTotal);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
