package vn.chiso766.app.importing;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.unit.Unit;

/**
 * What an import would do, before anything is written: its rows, the problems of the file as a whole, and the units
 * it would create (portal data names units the product may not know yet).
 *
 * @param format what the file was read as; none when its content is not one of the formats taken
 */
public record ImportPreview(
        String fileName,
        @Nullable ImportFormat format,
        String sha256,
        long size,
        List<ImportRow> rows,
        List<ImportIssue> fileIssues,
        List<Unit> unitsToCreate) {

    public ImportPreview {
        rows = List.copyOf(rows);
        fileIssues = List.copyOf(fileIssues);
        unitsToCreate = List.copyOf(unitsToCreate);
    }

    /** Every issue, the file's first, then the rows' in file order. */
    public List<ImportIssue> issues() {
        List<ImportIssue> all = new ArrayList<>(fileIssues);
        rows.forEach(row -> all.addAll(row.issues()));
        return all;
    }

    public List<ImportIssue> errors() {
        return issues().stream().filter(ImportIssue::isError).toList();
    }

    public boolean hasErrors() {
        return issues().stream().anyMatch(ImportIssue::isError);
    }

    /** Whether committing would write anything: new or changed cards, or new units. */
    public boolean hasChanges() {
        return rows.stream().anyMatch(ImportRow::willWrite) || !unitsToCreate.isEmpty();
    }

    public ImportCounts counts() {
        List<ImportIssue> issues = issues();
        int errors = (int) issues.stream().filter(ImportIssue::isError).count();
        return new ImportCounts(
                rows.size(),
                count(RowStatus.NEW),
                count(RowStatus.CHANGED),
                count(RowStatus.UNCHANGED),
                count(RowStatus.ERROR),
                errors,
                issues.size() - errors,
                unitsToCreate.size());
    }

    private int count(RowStatus status) {
        return (int) rows.stream().filter(r -> r.status() == status).count();
    }
}
