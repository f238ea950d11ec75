package vn.chiso766.app.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.chiso766.db.audit.AuditEventEntity;

/** One recorded change as the audit view shows it; before and after are the JSON as recorded. */
public record AuditEvent(
        long id,
        Instant occurredAt,
        String actor,
        String action,
        String entityType,
        String entityKey,
        @Nullable String unitCode,
        @Nullable String period,
        @Nullable String before,
        @Nullable String after,
        String source,
        @Nullable String sourceSha256,
        @Nullable String remoteAddress) {

    static AuditEvent of(AuditEventEntity e) {
        return new AuditEvent(
                e.getId(),
                e.getOccurredAt(),
                e.getActor(),
                e.getAction(),
                e.getEntityType(),
                e.getEntityKey(),
                e.getUnitCode(),
                e.getPeriod(),
                e.getBeforeState(),
                e.getAfterState(),
                e.getSource(),
                e.getSourceSha256(),
                e.getRemoteAddress());
    }
}
