package vn.chiso766.app.importing;

import java.util.Locale;
import java.util.Optional;

/** The kinds of file the pipeline takes; told from the content, or named by whoever sends the file. */
public enum ImportFormat {
    XLSX,
    CSV,
    /** The national portal's evaluation JSON (shared/data/portal-766). */
    PORTAL;

    /** The format named in a request ({@code xlsx}, {@code csv}, {@code portal}, also {@code json}). */
    public static Optional<ImportFormat> parse(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "xlsx" -> Optional.of(XLSX);
            case "csv" -> Optional.of(CSV);
            case "portal", "json" -> Optional.of(PORTAL);
            default -> Optional.empty();
        };
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
