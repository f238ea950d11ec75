package vn.chiso766.app.importing;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.chiso766.app.i18n.Languages;

/**
 * The import's messages from the application's translation bundles (vaadin-i18n), read directly so that the API,
 * which has no Vaadin UI, says the same as the screen. English is the bundle without a language suffix.
 */
final class ImportMessages {

    private static final String BUNDLE = "vaadin-i18n.translations";

    private ImportMessages() {}

    static String format(String key, Locale locale, Object... arguments) {
        Locale language = Languages.isVietnamese(locale) ? Languages.VIETNAMESE : Locale.ROOT;
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE,
                language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] rendered = Arrays.stream(arguments)
                .map(a -> a instanceof LocalizedText text ? text.in(locale) : a)
                .toArray();
        return new MessageFormat(bundle.getString(key), locale).format(rendered);
    }
}
