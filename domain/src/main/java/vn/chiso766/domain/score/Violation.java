package vn.chiso766.domain.score;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.criteria.Criterion;

/**
 * One broken rule of a score card. The message is rendered per language from the {@code violations} bundle, so
 * the same violation reads right in a Vietnamese screen and an English API answer. When a criterion is concerned,
 * its code and its name in the reader's language are the first two message arguments; a criterion among the
 * other arguments is also rendered by its name.
 */
public record Violation(ViolationType type, @Nullable Criterion criterion, List<Object> arguments) {

    private static final String BUNDLE = "vn.chiso766.domain.score.violations";

    public Violation {
        arguments = List.copyOf(arguments);
    }

    public @Nullable String criterionCode() {
        return criterion == null ? null : criterion.code();
    }

    public String message(Locale locale) {
        List<Object> all = new ArrayList<>();
        if (criterion != null) {
            all.add(criterion.code());
            all.add(criterion.name(locale));
        }
        // A criterion among the arguments is shown by its name in the reader's language.
        arguments.forEach(a -> all.add(a instanceof Criterion c ? c.name(locale) : a));
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        return new MessageFormat(bundle.getString(type.name()), locale).format(all.toArray());
    }
}
