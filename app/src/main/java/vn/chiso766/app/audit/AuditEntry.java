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
        AuditSource source) {

    public static final String CREATE = "CREATE";
    public static final String UPDATE = "UPDATE";
    public static final String DELETE = "DELETE";

    public static AuditEntry created(AuditedState after, AuditSource source) {
        return of(CREATE, null, after, source);
    }

    public static AuditEntry updated(AuditedState before, AuditedState after, AuditSource source) {
        return of(UPDATE, before, after, source);
    }

    public static AuditEntry deleted(AuditedState before, AuditSource source) {
        return of(DELETE, before, null, source);
    }

    /** Any other action (an approval, a password reset), filed under the entity that the states describe. */
    public static AuditEntry of(
            String action, @Nullable AuditedState before, @Nullable AuditedState after, AuditSource source) {
        AuditedState subject = after != null ? after : before;
        if (subject == null) {
            throw new IllegalArgumentException("An audit entry needs a state before or after the change");
        }
        return new AuditEntry(
                action,
                subject.entityType(),
                subject.entityKey(),
                subject.unitCode(),
                subject.period(),
                before,
                after,
                source);
    }
}
