package vn.chiso766.app.i18n;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Scores as people write them: "84,1" and "16,7" in Vietnamese, "84.1" in English; at least one and at most two
 * decimals, as the portal keeps two and ward reports write one.
 */
public final class ScoreFormat {

    private ScoreFormat() {}

    public static String format(BigDecimal value, Locale locale) {
        return format(value, locale, "0.0#");
    }

    /** A group's maximum as reports write it: "16,7/18 điểm", not "18,0". */
    public static String maximum(BigDecimal value, Locale locale) {
        return format(value, locale, "0.##");
    }

    /** An attainment (0…1) as a whole percentage: "93 %" in Vietnamese, "93%" in English. */
    public static String percent(BigDecimal fraction, Locale locale) {
        String number = format(fraction.movePointRight(2), locale, "0");
        return Languages.isVietnamese(locale) ? number + " %" : number + "%";
    }

    /** A signed change: "+1,5", "−1,5" (a true minus sign), "0,0". */
    public static String signed(BigDecimal value, Locale locale) {
        String magnitude = format(value.abs(), locale);
        return switch (value.signum()) {
            case 1 -> "+" + magnitude;
            case -1 -> "−" + magnitude;
            default -> magnitude;
        };
    }

    private static String format(BigDecimal value, Locale locale, String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale));
        format.setParseBigDecimal(true);
        return format.format(value);
    }
}
