package vn.chiso766.app.i18n;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * A refusal whose message is a translation key with arguments: the service decides what is wrong, the view says
 * it in the user's language. Dates among the arguments are written as people read them (dd/MM/yyyy).
 */
public class TranslatableException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    public TranslatableException(String key, Object... args) {
        super(key + Arrays.toString(args));
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The arguments ready for a message in this language. */
    public Object[] args(Locale locale) {
        return Arrays.stream(args)
                .map(a -> a instanceof LocalDate date ? DateFormat.format(date, locale) : a)
                .toArray();
    }
}
