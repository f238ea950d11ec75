package vn.chiso766.app.i18n;

import java.util.List;
import java.util.Locale;

/** Vietnamese first, English second (the product serves Vietnamese local government). */
public final class Languages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");
    public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, ENGLISH);

    private Languages() {}

    public static boolean isVietnamese(Locale locale) {
        return "vi".equals(locale.getLanguage());
    }

    public static Locale other(Locale locale) {
        return isVietnamese(locale) ? ENGLISH : VIETNAMESE;
    }
}
