package vn.chiso766.app.intake;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chiso766.app.i18n.TranslatableException;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.report.ReportStatus;
import vn.chiso766.domain.score.Violation;
import vn.chiso766.domain.unit.Unit;
import vn.chiso766.reporting.document.ReportExtraction;

/**
 * A report document as read, before anything is saved: what was extracted (with its lines), the unit it was
 * matched to, the reason it cannot be saved by this user if there is one, the consistency flags a reader should
 * confirm, and the stored draft it would replace (with its versions, so a save over a newer one is refused).
 */
public record DocumentPreview(
        String fileName,
        String sha256,
        ReportExtraction extraction,
        @Nullable Unit unit,
        @Nullable TranslatableException refusal,
        CriteriaCatalogue catalogue,
        List<Violation> flags,
        @Nullable ReportStatus storedStatus,
        @Nullable Long reportVersion,
        @Nullable Long cardVersion) {

    public DocumentPreview {
        flags = List.copyOf(flags);
    }

    /** Whether the document can be saved as a draft: read without problems, and this user's to save. */
    public boolean canConfirm() {
        return !extraction.hasProblems() && refusal == null && unit != null;
    }
}
