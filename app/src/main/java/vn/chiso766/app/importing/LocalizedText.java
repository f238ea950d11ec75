package vn.chiso766.app.importing;

import java.util.Locale;

/**
 * A message decided now and written later in the reader's language: the screen's, or the one an API client asks
 * for. Import issues are built from translation keys, the domain's violations and the spreadsheet reader's problems,
 * which all render themselves per language.
 */
@FunctionalInterface
public interface LocalizedText {

    String in(Locale locale);

    /** A message of the translation bundles; arguments that are texts themselves are rendered in the same language. */
    static LocalizedText of(String key, Object... arguments) {
        Object[] copy = arguments.clone();
        return locale -> ImportMessages.format(key, locale, copy);
    }

    /** A value that reads the same in every language: a code, a JSON path, a number. */
    static LocalizedText verbatim(String text) {
        return locale -> text;
    }
}
