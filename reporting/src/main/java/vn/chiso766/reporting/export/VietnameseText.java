package vn.chiso766.reporting.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.chiso766.domain.period.Period;

/**
 * Numbers and names as Vietnamese documents write them: a decimal comma ("84,1"), a true minus sign for changes,
 * unit kinds in lower case inside a sentence ("phường Ninh Sơn").
 */
public final class VietnameseText {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private static final List<String> KINDS =
            List.of("Phường ", "Xã ", "Thị trấn ", "Thị xã ", "Thành phố ", "Quận ", "Huyện ", "Tỉnh ", "Đặc khu ");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9.]+");

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private VietnameseText() {}

    /** A score as the screen shows it: one or two decimals ("84,1", "84,12", "18,0"). */
    public static String score(BigDecimal value) {
        return format(value, "0.0#");
    }

    /** A figure as reports write it: up to two decimals, none when whole ("16,7", "18", "96,21"). */
    public static String figure(BigDecimal value) {
        return format(value, "0.##");
    }

    /** A signed change: "+1,5", "−1,5" (a true minus sign), "0,0". */
    public static String signed(BigDecimal value) {
        String magnitude = score(value.abs());
        return switch (value.signum()) {
            case 1 -> "+" + magnitude;
            case -1 -> "−" + magnitude;
            default -> magnitude;
        };
    }

    /** An attainment (0…1) as a whole percentage: "93 %". */
    public static String percent(BigDecimal fraction) {
        return format(fraction.movePointRight(2).setScale(0, RoundingMode.HALF_UP), "0") + " %";
    }

    /** "Tháng 02/2024", "Quý I/2024", "Năm 2024", as the screen's Vietnamese bundle writes periods. */
    public static String period(Period period) {
        return switch (period) {
            case Period.Month m -> "Tháng %02d/%d".formatted(m.yearMonth().getMonthValue(), m.year());
            case Period.Quarter q -> "Quý %s/%d".formatted(ROMAN[q.quarter() - 1], q.year());
            case Period.Year y -> "Năm " + y.year();
        };
    }

    /** "Phường Ninh Sơn" → "phường Ninh Sơn": the kind of a unit is not capitalised inside a sentence. */
    public static String inSentence(String unitName) {
        for (String kind : KINDS) {
            if (unitName.startsWith(kind)) {
                return Character.toLowerCase(unitName.charAt(0)) + unitName.substring(1);
            }
        }
        return unitName;
    }

    /** "Thành phố Tây Ninh" → "Tây Ninh": the place a document is dated at names the town, not its kind. */
    public static String withoutKind(String unitName) {
        for (String kind : KINDS) {
            if (unitName.startsWith(kind)) {
                return unitName.substring(kind.length());
            }
        }
        return unitName;
    }

    /** "Xếp hạng Thành phố Tây Ninh" → "xep-hang-thanh-pho-tay-ninh": a file name any system accepts. */
    public static String asciiSlug(String text) {
        String folded = MARKS.matcher(
                        Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD))
                .replaceAll("");
        return trimDashes(NOT_SLUG.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-"));
    }

    /** "Xếp hạng Thành phố Tây Ninh" → "xếp-hạng-thành-phố-tây-ninh": the same name keeping its diacritics. */
    public static String slug(String text) {
        return trimDashes(Normalizer.normalize(text, Normalizer.Form.NFC)
                .toLowerCase(VIETNAMESE)
                .replaceAll("[^\\p{L}\\p{N}.]+", "-"));
    }

    private static String trimDashes(String text) {
        return text.replaceAll("^-+|-+$", "");
    }

    private static String format(BigDecimal value, String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(VIETNAMESE));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
