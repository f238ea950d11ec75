package vn.chiso766.reporting.document;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Matching Vietnamese text as people type it: case, diacritics ("Uỷ"/"Ủy", "hoá"/"hóa"), punctuation and spacing
 * do not matter for recognising a heading or a group name, while the values themselves are kept as written.
 */
final class VietText {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern BULLET = Pattern.compile("^[\\s\\-–—•+*·●○▪◦]+");
    private static final Pattern NUMBERING = Pattern.compile("^(?:[IVXLC]+|\\d+(?:\\.\\d+)*|[a-zđ])[.)]\\s*");

    private VietText() {}

    /** Lower case, without diacritics and punctuation, words separated by one space: "Số hóa hồ sơ" → "so hoa ho so". */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return NOT_WORD.matcher(plain).replaceAll(" ").strip();
    }

    /** Whether {@code folded} contains the folded words of {@code words} as whole words. */
    static boolean containsWords(String folded, String words) {
        return (" " + folded + " ").contains(" " + words + " ");
    }

    static int indexOfWords(String folded, String words) {
        int index = (" " + folded + " ").indexOf(" " + words + " ");
        return index < 0 ? -1 : index;
    }

    static boolean startsWithBullet(String text) {
        String stripped = text.stripLeading();
        return !stripped.isEmpty() && BULLET.matcher(stripped.substring(0, 1)).find();
    }

    /** The text without a leading bullet ("- ", "• ", "+ "). */
    static String withoutBullet(String text) {
        return BULLET.matcher(text).replaceFirst("").strip();
    }

    /** A heading without its numbering: "II. NGUYÊN NHÂN" → "NGUYÊN NHÂN", "2. Biện pháp" → "Biện pháp". */
    static String withoutNumbering(String text) {
        return NUMBERING.matcher(withoutBullet(text)).replaceFirst("").strip();
    }

    static boolean isUpperCase(String text) {
        return text.chars().anyMatch(Character::isLetter) && text.equals(text.toUpperCase(VIETNAMESE));
    }
}
