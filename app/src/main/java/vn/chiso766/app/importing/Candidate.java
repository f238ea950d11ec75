package vn.chiso766.app.importing;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BinaryOperator;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.score.ScoreCard;
import vn.chiso766.domain.unit.Unit;

/**
 * A row read from a file, its unit resolved (or not), before it is compared with what is stored.
 *
 * @param unit the unit the row is for, existing or to be created; none when it could not be resolved
 * @param card the card it would write; none when the row has errors
 * @param merge fills in from the stored card what the file does not say (a column it does not have)
 */
record Candidate(
        IssueLocation location,
        String unitText,
        @Nullable Unit unit,
        String periodText,
        @Nullable ScoreCard card,
        @Nullable LocalDate snapshotDate,
        List<ImportIssue> issues,
        BinaryOperator<ScoreCard> merge) {

    static final BinaryOperator<ScoreCard> KEEP_NOTHING = (incoming, stored) -> incoming;

    Candidate {
        issues = List.copyOf(issues);
    }

    boolean hasErrors() {
        return issues.stream().anyMatch(ImportIssue::isError);
    }
}
