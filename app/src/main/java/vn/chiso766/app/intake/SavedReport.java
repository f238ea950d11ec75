package vn.chiso766.app.intake;

import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.report.ReportStatus;

/** What a save left in the database: the new versions to go on editing from, the status and any comment. */
public record SavedReport(
        long reportVersion,
        @Nullable Long cardVersion,
        ReportStatus status,
        @Nullable String returnComment) {}
