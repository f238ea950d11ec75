package vn.chiso766.app.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.chiso766.app.importing.AffectedRanking;
import vn.chiso766.app.importing.ImportCounts;
import vn.chiso766.app.importing.ImportIssue;
import vn.chiso766.app.importing.ImportPreview;
import vn.chiso766.app.importing.ImportRow;
import vn.chiso766.app.importing.IssueLocation;
import vn.chiso766.domain.unit.Unit;

/**
 * POST /api/v1/imports: the counts, every error and warning with its place and field, and for a dry run the rows.
 * Messages are in the language the client asks for (Accept-Language: vi), English otherwise.
 */
public record ImportJson(
        String file,
        @Nullable String format,
        String sha256,
        boolean dryRun,
        boolean committed,
        Counts counts,
        List<Issue> errors,
        List<Issue> warnings,
        List<String> unitsCreated,
        @Nullable List<Row> rows,
        List<Ranking> rankings) {

    public record Counts(
            int rows,
            @JsonProperty("new") int created,
            int changed,
            int unchanged,
            int errorRows,
            int errors,
            int warnings,
            int unitsCreated) {

        static Counts of(ImportCounts c) {
            return new Counts(
                    c.rows(),
                    c.created(),
                    c.changed(),
                    c.unchanged(),
                    c.errorRows(),
                    c.errors(),
                    c.warnings(),
                    c.unitsCreated());
        }
    }

    /** {@code where} is "row", "line", "path" or "file"; the matching one of row, line and path is set. */
    public record Issue(
            String severity,
            String file,
            String where,
            @Nullable Integer row,
            @Nullable Integer line,
            @Nullable String path,
            @Nullable String field,
            String message,
            String text) {

        static Issue of(ImportIssue issue, Locale locale) {
            IssueLocation location = issue.location();
            return new Issue(
                    issue.severity().name(),
                    issue.fileName(),
                    location.kind().name().toLowerCase(Locale.ROOT),
                    location.kind() == IssueLocation.Kind.ROW ? location.number() : null,
                    location.kind() == IssueLocation.Kind.LINE ? location.number() : null,
                    location.path(),
                    issue.field(),
                    issue.message().in(locale),
                    issue.describe(locale));
        }
    }

    public record Row(
            String where,
            String unit,
            @Nullable String unitCode,
            String period,
            String status,
            @Nullable BigDecimal total,
            @Nullable BigDecimal storedTotal) {

        static Row of(ImportRow row, Locale locale) {
            return new Row(
                    row.location().in(locale),
                    row.unitText(),
                    row.unitCode(),
                    row.periodText(),
                    row.status().name(),
                    row.card() == null ? null : row.card().total(),
                    row.stored() == null ? null : row.stored().total());
        }
    }

    public record Ranking(String scope, String scopeName, String period, String url) {

        static Ranking of(AffectedRanking ranking) {
            return new Ranking(
                    ranking.scopeCode(),
                    ranking.scopeName(),
                    ranking.period().code(),
                    "/api/v1/rankings?scope=" + ranking.scopeCode() + "&period="
                            + ranking.period().code());
        }
    }

    static ImportJson of(
            ImportPreview preview, boolean dryRun, boolean committed, List<AffectedRanking> affected, Locale locale) {
        List<ImportIssue> issues = preview.issues();
        return new ImportJson(
                preview.fileName(),
                preview.format() == null ? null : preview.format().code(),
                preview.sha256(),
                dryRun,
                committed,
                Counts.of(preview.counts()),
                issues.stream()
                        .filter(ImportIssue::isError)
                        .map(i -> Issue.of(i, locale))
                        .toList(),
                issues.stream()
                        .filter(i -> !i.isError())
                        .map(i -> Issue.of(i, locale))
                        .toList(),
                preview.unitsToCreate().stream().map(Unit::code).toList(),
                dryRun ? preview.rows().stream().map(r -> Row.of(r, locale)).toList() : null,
                affected.stream().map(Ranking::of).toList());
    }
}
