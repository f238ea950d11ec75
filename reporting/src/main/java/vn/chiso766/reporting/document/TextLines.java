package vn.chiso766.reporting.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits plain text into numbered lines. A line of three or more cells separated by tabs or {@code |} is a table
 * row, as a table copied out of Word or typed by hand comes.
 */
final class TextLines {

    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");
    private static final Pattern CELL_SEPARATOR = Pattern.compile("\\t|\\|");
    static final int MIN_CELLS = 3;

    private TextLines() {}

    static List<DocumentLine> of(String text) {
        List<DocumentLine> lines = new ArrayList<>();
        String[] raw = LINE_BREAK.split(text, -1);
        for (int i = 0; i < raw.length; i++) {
            lines.add(line(i + 1, raw[i]));
        }
        while (!lines.isEmpty() && lines.getLast().isBlank()) {
            lines.removeLast();
        }
        return lines;
    }

    private static DocumentLine line(int number, String text) {
        List<String> cells = cells(text);
        return cells.size() >= MIN_CELLS
                ? new DocumentLine(number, text.strip(), cells)
                : DocumentLine.text(number, text.strip());
    }

    private static List<String> cells(String text) {
        String trimmed = text.strip();
        // "| a | b |": the outer bars frame the row and make no cells.
        if (trimmed.startsWith("|")) {
            trimmed = trimmed.substring(1);
        }
        if (trimmed.endsWith("|")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (!CELL_SEPARATOR.matcher(trimmed).find()) {
            return List.of();
        }
        return Arrays.stream(CELL_SEPARATOR.split(trimmed, -1))
                .map(String::strip)
                .toList();
    }
}
