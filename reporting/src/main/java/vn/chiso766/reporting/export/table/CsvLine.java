package vn.chiso766.reporting.export.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One CSV record by RFC 4180: fields with a comma, a quote or a line break are quoted, quotes doubled, lines end
 * with CRLF. Numbers are written with a decimal point. A text field beginning with "=", "+", "-", "@", a tab or a
 * carriage return gets a leading apostrophe, so a spreadsheet opening the file shows it instead of running it as
 * a formula (OWASP "CSV injection").
 */
final class CsvLine {

    private static final Pattern NEEDS_QUOTES = Pattern.compile("[\",\r\n]");

    private final List<String> fields = new ArrayList<>();

    CsvLine text(@Nullable String value) {
        fields.add(value == null ? "" : quoted(defused(value)));
        return this;
    }

    CsvLine number(@Nullable BigDecimal value) {
        fields.add(value == null ? "" : value.stripTrailingZeros().toPlainString());
        return this;
    }

    CsvLine number(@Nullable Integer value) {
        fields.add(value == null ? "" : Integer.toString(value));
        return this;
    }

    String toLine() {
        return String.join(",", fields) + "\r\n";
    }

    static String defused(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }

    private static String quoted(String value) {
        return NEEDS_QUOTES.matcher(value).find() ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
