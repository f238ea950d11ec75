package vn.chiso766.app.importing;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Where in a file something is: the file as a whole, an XLSX row or a CSV line (as Excel and text editors number
 * them), or a JSON path in a portal file.
 */
public record IssueLocation(
        Kind kind, @Nullable Integer number, @Nullable String path) {

    public enum Kind {
        FILE,
        ROW,
        LINE,
        PATH
    }

    public static final IssueLocation FILE = new IssueLocation(Kind.FILE, null, null);

    public static IssueLocation row(int number) {
        return new IssueLocation(Kind.ROW, number, null);
    }

    public static IssueLocation line(int number) {
        return new IssueLocation(Kind.LINE, number, null);
    }

    public static IssueLocation path(String path) {
        return new IssueLocation(Kind.PATH, null, path);
    }

    /** "row 5", "dòng 5", "communes[12]"; empty for the whole file. */
    public String in(Locale locale) {
        return switch (kind) {
            case FILE -> "";
            case ROW -> ImportMessages.format("import.location.row", locale, String.valueOf(number));
            case LINE -> ImportMessages.format("import.location.line", locale, String.valueOf(number));
            case PATH -> String.valueOf(path);
        };
    }

    public LocalizedText text() {
        return this::in;
    }
}
