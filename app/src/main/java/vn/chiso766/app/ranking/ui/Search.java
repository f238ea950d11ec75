package vn.chiso766.app.ranking.ui;

import java.text.Normalizer;
import java.util.Locale;

/** Name search that finds "Ninh Sơn" from "ninh son": lower case, without diacritics, đ as d. */
final class Search {

    private Search() {}

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replace('đ', 'd').strip();
    }
}
