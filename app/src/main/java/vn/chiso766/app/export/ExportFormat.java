package vn.chiso766.app.export;

import java.util.Locale;

/** The file formats, by the extension the URL ends with. */
public enum ExportFormat {
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("text/csv; charset=UTF-8"),
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final String contentType;

    ExportFormat(String contentType) {
        this.contentType = contentType;
    }

    public static ExportFormat of(String extension) {
        return valueOf(extension.toUpperCase(Locale.ROOT));
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}
