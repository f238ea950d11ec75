package vn.chiso766.reporting.document;

import java.util.List;

/**
 * One line of a document as the reader shows it, numbered from 1. A row of a table (a Word table, or a text line
 * of cells separated by tabs or {@code |}) keeps its cells; other lines have none.
 */
public record DocumentLine(int number, String text, List<String> cells) {

    public DocumentLine {
        cells = List.copyOf(cells);
    }

    public static DocumentLine text(int number, String text) {
        return new DocumentLine(number, text, List.of());
    }

    public boolean isTableRow() {
        return !cells.isEmpty();
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
