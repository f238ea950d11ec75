package vn.chiso766.app.audit;

import org.jspecify.annotations.Nullable;

/**
 * A state written to the audit trail as before or after, which also names what it is the state of, so that every
 * writer files the same kind of change under the same entity type and key.
 */
public interface AuditedState {

    String entityType();

    String entityKey();

    /** The unit the change belongs to, which decides which leaders may read it; null for admin-only entries. */
    @Nullable
    String unitCode();

    @Nullable
    String period();
}
