package vn.chiso766.reporting.spreadsheet;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a spreadsheet holds: its data rows (each with its own problems) and the problems of the file as a whole.
 * When the file itself cannot be read, there are no rows and at least one file problem is an error.
 *
 * @param groupHeaders each group's column header as the file writes it, by criterion code
 * @param fieldHeaders the header of each fixed field the file has a column for, as the file writes it
 */
public record SheetResult(
        SheetFormat format,
        PositionKind positionKind,
        List<SheetRow> rows,
        List<SheetProblem> fileProblems,
        Map<String, String> groupHeaders,
        Map<SheetField, String> fieldHeaders) {

    public SheetResult {
        rows = List.copyOf(rows);
        fileProblems = List.copyOf(fileProblems);
        groupHeaders = Map.copyOf(groupHeaders);
        fieldHeaders = Map.copyOf(fieldHeaders);
    }

    static SheetResult unreadable(SheetFormat format, PositionKind kind, List<SheetProblem> problems) {
        return new SheetResult(format, kind, List.of(), problems, Map.of(), Map.of());
    }

    /** Whether the file has this column at all: a figure the file has no column for is not a figure left blank. */
    public boolean hasColumn(SheetField field) {
        return fieldHeaders.containsKey(field);
    }

    /** The column's header as the file writes it, if the file has the column. */
    public @Nullable String header(SheetField field) {
        return fieldHeaders.get(field);
    }

    public boolean hasFileErrors() {
        return fileProblems.stream().anyMatch(p -> !p.isWarning());
    }

    public @Nullable String groupHeader(String code) {
        return groupHeaders.get(code);
    }
}
