package vn.chiso766.reporting.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import vn.chiso766.reporting.spreadsheet.SheetProblem.Kind;

/**
 * CSV as Excel and LibreOffice write it (RFC 4180: quotes around cells holding the separator, a quote or a line
 * break, a doubled quote inside). The separator is a comma or, where the decimal mark is a comma as in Vietnamese,
 * a semicolon; a tab is taken too. It is the one the header line uses most.
 */
final class CsvReader {

    private CsvReader() {}

    static RawSheet read(byte[] bytes, int maxRows) {
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
        String text = decoded.text();
        if (text.indexOf('\u0000') >= 0) {
            throw new SheetProblemException(SheetProblem.file(Kind.NOT_TEXT, "NUL"));
        }
        char separator = separator(text);
        List<RawRow> rows = new ArrayList<>();
        new Records(text, separator).forEach(row -> {
            if (!row.isBlank()) {
                if (rows.size() >= maxRows) {
                    throw new SheetProblemException(SheetProblem.file(Kind.TOO_MANY_ROWS, maxRows));
                }
                rows.add(row);
            }
        });
        return new RawSheet(PositionKind.LINE, rows, decoded.warnings());
    }

    /** The candidate seen most often outside quotes on the first non-blank line. */
    static char separator(String text) {
        int[] counts = new int[3];
        char[] candidates = {',', ';', '\t'};
        boolean quoted = false;
        boolean seenContent = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (seenContent) {
                    break;
                }
            } else if (!quoted) {
                seenContent |= !Character.isWhitespace(c);
                for (int k = 0; k < candidates.length; k++) {
                    if (c == candidates[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < candidates.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return candidates[best];
    }

    /** Splits the text into records, each with the line it starts on. */
    private record Records(String text, char separator) {

        void forEach(java.util.function.Consumer<RawRow> sink) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            int line = 1;
            int recordLine = 1;
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        line += c == '\n' ? 1 : 0;
                        cell.append(c);
                    }
                } else if (c == '"' && cell.toString().isBlank()) {
                    cell.setLength(0);
                    quoted = true;
                } else if (c == separator) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    cells.add(cell.toString());
                    cell.setLength(0);
                    sink.accept(new RawRow(recordLine, cells));
                    cells = new ArrayList<>();
                    line++;
                    recordLine = line;
                } else {
                    cell.append(c);
                }
                i++;
            }
            if (!cells.isEmpty() || !cell.isEmpty()) {
                cells.add(cell.toString());
                sink.accept(new RawRow(recordLine, cells));
            }
        }
    }
}
