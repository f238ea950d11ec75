package vn.chiso766.app.importing;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One problem of an import: how bad, which file, where in it, which column or field, and what is wrong and what
 * was expected.
 *
 * @param field the column's header as the file writes it, or the field of a portal record; none for the file
 */
public record ImportIssue(
        Severity severity,
        String fileName,
        IssueLocation location,
        @Nullable String field,
        LocalizedText message) {

    public static ImportIssue error(
            String fileName, IssueLocation location, @Nullable String field, LocalizedText message) {
        return new ImportIssue(Severity.ERROR, fileName, location, field, message);
    }

    public static ImportIssue warning(
            String fileName, IssueLocation location, @Nullable String field, LocalizedText message) {
        return new ImportIssue(Severity.WARNING, fileName, location, field, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The whole sentence: "scores.csv, line 3, Kỳ: “2024-13” is not a period: expected …". */
    public String describe(Locale locale) {
        StringBuilder text = new StringBuilder(fileName);
        String where = location.in(locale);
        if (!where.isEmpty()) {
            text.append(", ").append(where);
        }
        if (field != null) {
            text.append(", ").append(field);
        }
        return text.append(": ").append(message.in(locale)).toString();
    }
}
