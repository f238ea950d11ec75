package vn.chiso766.reporting.spreadsheet;

import java.util.List;

/** The non-blank rows of the first sheet or of the CSV text, with what reading them had to warn about. */
record RawSheet(PositionKind positionKind, List<RawRow> rows, List<SheetProblem> warnings) {

    RawSheet {
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
    }
}
