--liquibase formatted sql

--changeset chiso766:006-audit
CREATE TABLE audit_event (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6) NOT NULL,
    actor VARCHAR(64) NOT NULL,
    action VARCHAR(32) NOT NULL,
    entity_type VARCHAR(32) NOT NULL,
    entity_key VARCHAR(128) NOT NULL,
    unit_code VARCHAR(64) NULL,
    period VARCHAR(7) NULL,
    before_state LONGTEXT NULL,
    after_state LONGTEXT NULL,
    -- form, demo, system, or a file name; with a file, its SHA-256.
    source VARCHAR(500) NOT NULL,
    source_sha256 VARCHAR(64) NULL,
    remote_address VARCHAR(64) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_audit_occurred ON audit_event (occurred_at);
CREATE INDEX ix_audit_unit_period ON audit_event (unit_code, period);
CREATE INDEX ix_audit_actor ON audit_event (actor);
--rollback DROP TABLE audit_event;
