package vn.chiso766.reporting.spreadsheet;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Numbers as typed: a decimal comma (16,7, as Vietnamese reports write) or a decimal point (16.7). */
final class Numbers {

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(?:[.,]\\d+)?");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private Numbers() {}

    /** The value, or null when the text is not a plain number (thousands separators included). */
    static @Nullable BigDecimal parse(String text) {
        String compact = SPACES.matcher(text).replaceAll("");
        if (!NUMBER.matcher(compact).matches()) {
            return null;
        }
        return new BigDecimal(compact.replace(',', '.'));
    }

    static int decimals(BigDecimal value) {
        return Math.max(0, value.stripTrailingZeros().scale());
    }
}
