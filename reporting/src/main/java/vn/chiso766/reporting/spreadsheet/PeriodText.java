package vn.chiso766.reporting.spreadsheet;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chiso766.domain.period.InvalidPeriodException;
import vn.chiso766.domain.period.Period;

/**
 * A period as people write it in a sheet: the canonical codes (2024-02, 2024-Q1, 2024), a month as reports write
 * it (02/2024, "tháng 02/2024"), or the first day of a month, which is what Excel makes of a typed "2024-02".
 */
final class PeriodText {

    private static final Pattern SLASHED =
            Pattern.compile("(?:th[aá]ng\\s*)?(\\d{1,2})/(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST_OF_MONTH = Pattern.compile("(\\d{4})-(\\d{2})-01");

    private PeriodText() {}

    static Period parse(String text) {
        String trimmed = text.strip();
        Matcher slashed = SLASHED.matcher(trimmed);
        if (slashed.matches()) {
            return Period.parse(slashed.group(2) + "-" + twoDigits(slashed.group(1), text));
        }
        Matcher firstOfMonth = FIRST_OF_MONTH.matcher(trimmed);
        if (firstOfMonth.matches()) {
            return Period.parse(firstOfMonth.group(1) + "-" + firstOfMonth.group(2));
        }
        return Period.parse(trimmed);
    }

    private static String twoDigits(String month, String text) {
        if (month.length() == 2) {
            return month;
        }
        if (month.equals("0")) {
            throw new InvalidPeriodException(text);
        }
        return "0" + month;
    }
}
