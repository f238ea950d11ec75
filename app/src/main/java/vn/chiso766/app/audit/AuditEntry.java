package vn.chiso766.app.audit;

import org.jspecify.annotations.Nullable;

/**
 * A change to record. {@code before} and {@code after} are the states as plain objects (records, maps), written
 * as JSON; null before means created, null after means deleted.
 */
public record AuditEntry(
        String action,
        String entityType,
        String entityKey,
        @Nullable String unitCode,
        @Nullable String period,
        @Nullable Object before,
        @Nullable Object after,
        AuditSource source) {}
