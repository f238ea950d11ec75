package vn.chiso766.reporting.document;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One reason a document cannot be saved as it is, at a line (0 when it concerns the whole file). The message is
 * rendered per language from the {@code problems} bundle; the line number is its first argument.
 */
public record DocumentProblem(ProblemType type, int line, List<Object> arguments) {

    private static final String BUNDLE = "vn.chiso766.reporting.document.problems";

    public DocumentProblem {
        arguments = List.copyOf(arguments);
    }

    static DocumentProblem at(int line, ProblemType type, Object... arguments) {
        return new DocumentProblem(type, line, List.of(arguments));
    }

    public String message(Locale locale) {
        List<Object> all = new ArrayList<>();
        all.add(Integer.toString(line));
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        // A field among the arguments is named in the reader's language; a missing one also with how it looks.
        arguments.forEach(a -> all.add(a instanceof ReportField f ? fieldName(bundle, f) : a));
        String message = new MessageFormat(bundle.getString(type.name()), locale).format(all.toArray());
        return line > 0
                ? new MessageFormat(bundle.getString("LINE"), locale).format(all.toArray()) + message
                : message.substring(0, 1).toUpperCase(locale) + message.substring(1);
    }

    private String fieldName(ResourceBundle bundle, ReportField field) {
        String name = bundle.getString("field." + field.name());
        String hint = "hint." + field.name();
        return type == ProblemType.MISSING_FIELD && bundle.containsKey(hint)
                ? name + " (" + bundle.getString(hint) + ")"
                : name;
    }
}
