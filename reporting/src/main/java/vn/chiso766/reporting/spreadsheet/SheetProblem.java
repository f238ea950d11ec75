package vn.chiso766.reporting.spreadsheet;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * Something wrong with a spreadsheet: the whole file (no position) or one cell (a row or line and the column's
 * header as the file writes it). The message says what was found and what was expected, per language, from the
 * {@code problems} bundle; where it is, is said by whoever shows it.
 */
public record SheetProblem(
        Kind kind, @Nullable Integer position, @Nullable String column, List<Object> arguments) {

    private static final String BUNDLE = "vn.chiso766.reporting.spreadsheet.problems";

    public enum Kind {
        EMPTY_FILE,
        NOT_TEXT,
        UTF16_TEXT,
        UNKNOWN_ENCODING,
        BROKEN_UTF8,
        WINDOWS_1258_DECODED(true),
        NOT_XLSX,
        XLSX_DAMAGED,
        ZIP_BOMB,
        NO_SHEET,
        NO_HEADER,
        MISSING_COLUMN,
        DUPLICATE_COLUMN,
        UNKNOWN_COLUMN(true),
        NO_ROWS,
        TOO_MANY_ROWS,
        TOO_MANY_CELLS,
        UNIT_MISSING,
        PERIOD_MISSING,
        PERIOD_INVALID,
        VALUE_MISSING,
        NOT_A_NUMBER,
        NOT_A_WHOLE_NUMBER,
        NEGATIVE,
        TOO_MANY_DECIMALS,
        RATE_ABOVE_100;

        private final boolean warning;

        Kind() {
            this(false);
        }

        Kind(boolean warning) {
            this.warning = warning;
        }

        public boolean isWarning() {
            return warning;
        }
    }

    public SheetProblem {
        arguments = List.copyOf(arguments);
    }

    static SheetProblem file(Kind kind, Object... arguments) {
        return new SheetProblem(kind, null, null, List.of(arguments));
    }

    static SheetProblem cell(Kind kind, int position, @Nullable String column, Object... arguments) {
        return new SheetProblem(kind, position, column, List.of(arguments));
    }

    public boolean isWarning() {
        return kind.isWarning();
    }

    public String message(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(kind.name()), locale).format(arguments.toArray());
    }

    @Override
    public String toString() {
        return kind + (position == null ? "" : " at " + position) + (column == null ? "" : " [" + column + "]") + " "
                + arguments;
    }
}
