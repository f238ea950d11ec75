package vn.chiso766.db.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One recorded change: who, when, what (before and after, as JSON) and from where. Never updated. */
@Entity
@Table(name = "audit_event")
public class AuditEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(nullable = false, length = 32)
    private String action;

    @Column(name = "entity_type", nullable = false, length = 32)
    private String entityType;

    @Column(name = "entity_key", nullable = false, length = 128)
    private String entityKey;

    @Column(name = "unit_code", length = 64)
    private @Nullable String unitCode;

    @Column(length = 7)
    private @Nullable String period;

    @Lob
    @Column(name = "before_state", columnDefinition = "longtext")
    private @Nullable String beforeState;

    @Lob
    @Column(name = "after_state", columnDefinition = "longtext")
    private @Nullable String afterState;

    @Column(nullable = false, length = 500)
    private String source;

    @Column(name = "source_sha256", length = 64)
    private @Nullable String sourceSha256;

    @Column(name = "remote_address", length = 64)
    private @Nullable String remoteAddress;

    protected AuditEventEntity() {}

    @SuppressWarnings("checkstyle:ParameterNumber")
    public AuditEventEntity(
            Instant occurredAt,
            String actor,
            String action,
            String entityType,
            String entityKey,
            @Nullable String unitCode,
            @Nullable String period,
            @Nullable String beforeState,
            @Nullable String afterState,
            String source,
            @Nullable String sourceSha256,
            @Nullable String remoteAddress) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityKey = entityKey;
        this.unitCode = unitCode;
        this.period = period;
        this.beforeState = beforeState;
        this.afterState = afterState;
        this.source = source;
        this.sourceSha256 = sourceSha256;
        this.remoteAddress = remoteAddress;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityKey() {
        return entityKey;
    }

    public @Nullable String getUnitCode() {
        return unitCode;
    }

    public @Nullable String getPeriod() {
        return period;
    }

    public @Nullable String getBeforeState() {
        return beforeState;
    }

    public @Nullable String getAfterState() {
        return afterState;
    }

    public String getSource() {
        return source;
    }

    public @Nullable String getSourceSha256() {
        return sourceSha256;
    }

    public @Nullable String getRemoteAddress() {
        return remoteAddress;
    }
}
