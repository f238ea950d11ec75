package vn.chiso766.app.importing;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.score.ScoreCard;

/**
 * One row of a preview: where it is, the unit and period as the file gives them, the card it would write and the
 * card stored now, what committing would do, and its problems.
 *
 * @param unitCode the unit it was matched to; none when no unit matched
 * @param card the card to write; none for a row with errors
 * @param snapshotDate the date of a portal snapshot the scores were taken from
 */
public record ImportRow(
        IssueLocation location,
        String unitText,
        @Nullable String unitCode,
        @Nullable String unitName,
        String periodText,
        @Nullable ScoreCard card,
        @Nullable ScoreCard stored,
        @Nullable LocalDate snapshotDate,
        RowStatus status,
        List<ImportIssue> issues) {

    public ImportRow {
        issues = List.copyOf(issues);
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(ImportIssue::isError);
    }

    public boolean willWrite() {
        return status == RowStatus.NEW || status == RowStatus.CHANGED;
    }
}
