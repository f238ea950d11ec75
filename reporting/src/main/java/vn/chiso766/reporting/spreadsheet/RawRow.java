package vn.chiso766.reporting.spreadsheet;

import java.util.List;

/**
 * One row of cells as text, before any meaning is given to them.
 *
 * @param position the row number Excel shows, or the line a CSV record starts on
 */
record RawRow(int position, List<String> cells) {

    RawRow {
        cells = List.copyOf(cells);
    }

    String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
