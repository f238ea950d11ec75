package vn.chiso766.reporting.spreadsheet;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a spreadsheet holds: its data rows (each with its own problems) and the problems of the file as a whole.
 * When the file itself cannot be read, there are no rows and at least one file problem is an error.
 *
 * @param groupHeaders each group's column header as the file writes it, by criterion code
 * @param columns the fixed fields the file has a column for
 */
public record SheetResult(
        SheetFormat format,
        PositionKind positionKind,
        List<SheetRow> rows,
        List<SheetProblem> fileProblems,
        Map<String, String> groupHeaders,
        Set<SheetField> columns) {

    public SheetResult {
        rows = List.copyOf(rows);
        fileProblems = List.copyOf(fileProblems);
        groupHeaders = Map.copyOf(groupHeaders);
        columns = Set.copyOf(columns);
    }

    static SheetResult unreadable(SheetFormat format, PositionKind kind, List<SheetProblem> problems) {
        return new SheetResult(format, kind, List.of(), problems, Map.of(), Set.of());
    }

    /** Whether the file has this column at all: a figure the file has no column for is not a figure left blank. */
    public boolean hasColumn(SheetField field) {
        return columns.contains(field);
    }

    public boolean hasFileErrors() {
        return fileProblems.stream().anyMatch(p -> !p.isWarning());
    }

    public @Nullable String groupHeader(String code) {
        return groupHeaders.get(code);
    }
}
