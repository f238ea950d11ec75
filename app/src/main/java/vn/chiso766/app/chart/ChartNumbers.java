package vn.chiso766.app.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Numbers in the data table exactly as the chart element writes them with
 * {@code Intl.NumberFormat(locale, {maximumFractionDigits: 2})}: "84,1" and "1.234,5" in Vietnamese, "84.1" and
 * "1,234.5" in English, halves rounded away from zero as Intl does.
 */
final class ChartNumbers {

    private ChartNumbers() {}

    static String format(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
