package vn.chiso766.app.audit.ui;

import java.util.Set;
import java.util.function.BiFunction;
import vn.chiso766.app.audit.AuditEvent;

/** Where a change came from, as people read it: "Demonstration data", or an imported file's name. */
final class SourceLabel {

    /** How many hex digits of a file's SHA-256 the grid shows; enough to tell files apart at a glance. */
    static final int SHORT_HASH = 12;

    private static final Set<String> KNOWN = Set.of("form", "demo", "system");
    private static final String FILE_PREFIX = "file:";

    private SourceLabel() {}

    static String of(AuditEvent event, BiFunction<String, Object[], String> translate) {
        String name = event.source();
        if (KNOWN.contains(name)) {
            return translate.apply("audit.source." + name, new Object[0]);
        }
        return name.startsWith(FILE_PREFIX) ? name.substring(FILE_PREFIX.length()) : name;
    }

    /** With the start of the file's SHA-256 when there is one. */
    static String withShortHash(AuditEvent event, BiFunction<String, Object[], String> translate) {
        String label = of(event, translate);
        String sha = event.sourceSha256();
        return sha == null ? label : label + " · " + sha.substring(0, Math.min(SHORT_HASH, sha.length()));
    }
}
