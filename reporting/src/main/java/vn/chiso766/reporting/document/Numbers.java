package vn.chiso766.reporting.document;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as ward reports write them: a decimal comma ("84,1", "96,21") or point, a percent sign, a true minus
 * ("−1,5") or a dash, "tăng"/"giảm" (up/down) before a change, dots between thousands in counts ("1.180").
 */
final class Numbers {

    private static final Pattern DECIMAL = Pattern.compile("([+\\-−–]?)(\\d+)(?:[,.](\\d+))?");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:[.\\s]\\d{3})+");
    private static final Pattern EMPTY = Pattern.compile("[\\-–—/x×]?");

    private Numbers() {}

    /** Whether a cell was left empty on purpose ("", "-", "–", "x"). */
    static boolean isEmpty(String raw) {
        return EMPTY.matcher(clean(raw)).matches();
    }

    static Optional<BigDecimal> decimal(String raw) {
        String text = clean(raw);
        String folded = VietText.fold(text);
        int sign = 1;
        if (folded.startsWith("giam ")) {
            sign = -1;
            text = text.substring(text.indexOf(' ') + 1).strip();
        } else if (folded.startsWith("tang ")) {
            text = text.substring(text.indexOf(' ') + 1).strip();
        }
        Matcher m = DECIMAL.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String digits = m.group(2) + (m.group(3) == null ? "" : "." + m.group(3));
        BigDecimal value = new BigDecimal(digits);
        if (!m.group(1).isEmpty() && !m.group(1).equals("+")) {
            sign = -sign;
        }
        return Optional.of(sign < 0 ? value.negate() : value);
    }

    static Optional<Integer> integer(String raw) {
        String text = clean(raw);
        if (THOUSANDS.matcher(text).matches()) {
            text = text.replaceAll("[.\\s]", "");
        }
        if (!text.matches("\\d{1,9}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(text));
    }

    private static String clean(String raw) {
        return raw.replace('\u00A0', ' ').replace("%", "").strip();
    }
}
