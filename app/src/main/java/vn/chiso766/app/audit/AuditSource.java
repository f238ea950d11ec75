package vn.chiso766.app.audit;

import org.jspecify.annotations.Nullable;

/** Where a change came from: the entry form, the demo loader, the system, or an imported file and its SHA-256. */
public record AuditSource(String name, @Nullable String sha256) {

    public static final AuditSource FORM = new AuditSource("form", null);
    public static final AuditSource DEMO = new AuditSource("demo", null);
    public static final AuditSource SYSTEM = new AuditSource("system", null);

    public static AuditSource file(String fileName, String sha256) {
        return new AuditSource("file:" + fileName, sha256);
    }
}
