package vn.chiso766.reporting.export.table;

import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.criteria.Criterion;
import vn.chiso766.domain.score.Weakness;
import vn.chiso766.reporting.export.Labels;
import vn.chiso766.reporting.export.VietnameseText;

/** The screen's wording of a ranking cell, shared by the PDF and the text cells of the other formats. */
final class ComparisonText {

    private ComparisonText() {}

    /** "▲ 2", "▼ 1", "–" (same place), "" (not ranked in the previous period). */
    static String movement(@Nullable Integer places) {
        if (places == null) {
            return "";
        }
        if (places > 0) {
            return "▲ " + places;
        }
        return places < 0 ? "▼ " + -places : "–";
    }

    /** "TTTT 4,9/10 (−5,1)", as the ranking screen's weakest column. */
    static String weakest(@Nullable Weakness weakest) {
        if (weakest == null) {
            return "";
        }
        return weakest.criterion().code() + " " + VietnameseText.score(weakest.points()) + "/"
                + VietnameseText.figure(weakest.criterion().maxPoints()) + " (−"
                + VietnameseText.score(weakest.pointsLost()) + ")";
    }

    /** "CKMB (18)": a group column's header. */
    static String groupHeader(Criterion criterion) {
        return criterion.code() + " (" + VietnameseText.figure(criterion.maxPoints()) + ")";
    }

    /** What the screen's badges beside a unit say: demonstration figures, months covered. */
    static String note(ComparisonRow row, int monthsInPeriod) {
        StringBuilder note = new StringBuilder();
        if (row.demo()) {
            note.append(Labels.DEMO);
        }
        if (row.monthsCovered() != null) {
            if (!note.isEmpty()) {
                note.append("; ");
            }
            note.append(row.monthsCovered()).append('/').append(monthsInPeriod).append(" tháng");
        }
        return note.toString();
    }
}
