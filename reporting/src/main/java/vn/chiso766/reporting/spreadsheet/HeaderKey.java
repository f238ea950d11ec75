package vn.chiso766.reporting.spreadsheet;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A header as compared: without case, diacritics (đ counts as d), spacing and punctuation, so that "Mã đơn vị",
 * "MA DON VI", "ma_don_vi" and "maDonVi" are one key. Parentheses are looked into separately, because the
 * template writes a group as "Công khai, minh bạch (CKMB)" and people keep either half.
 */
record HeaderKey(String outside, List<String> inParentheses) {

    private static final Pattern PARENTHESES = Pattern.compile("\\(([^)]*)\\)");

    static HeaderKey of(String header) {
        List<String> inside = new ArrayList<>();
        Matcher matcher = PARENTHESES.matcher(header);
        while (matcher.find()) {
            inside.add(normalize(matcher.group(1)));
        }
        return new HeaderKey(normalize(PARENTHESES.matcher(header).replaceAll(" ")), inside);
    }

    static String normalize(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replace('đ', 'd')
                .replace('Đ', 'D');
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** The keys to try, the most specific first: a code in parentheses, the text outside them, all of it. */
    List<String> candidates() {
        List<String> candidates = new ArrayList<>(inParentheses);
        candidates.add(outside);
        candidates.removeIf(String::isEmpty);
        return candidates;
    }
}
