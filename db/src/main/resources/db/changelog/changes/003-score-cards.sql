--liquibase formatted sql

--changeset chiso766:003-score-cards
CREATE TABLE score_card (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id BIGINT NOT NULL,
    period VARCHAR(7) NOT NULL,
    period_kind VARCHAR(8) NOT NULL,
    total DECIMAL(6,2) NOT NULL,
    stated_total DECIMAL(6,2) NULL,
    stated_change DECIMAL(6,2) NULL,
    dossiers INT NULL,
    overdue_on_portal INT NULL,
    overdue_on_one_stop INT NULL,
    online_submission_rate DECIMAL(5,2) NULL,
    satisfaction_rate DECIMAL(5,2) NULL,
    electronic_result_rate DECIMAL(5,2) NULL,
    synchronised_rate DECIMAL(5,2) NULL,
    electronic_certified_copies INT NULL,
    online_payments INT NULL,
    source VARCHAR(500) NOT NULL,
    snapshot_date DATE NULL,
    demo BOOLEAN NOT NULL DEFAULT FALSE,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_score_card_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT uq_score_card_unit_period UNIQUE (unit_id, period)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- Rankings read every card of a period ordered by total.
CREATE INDEX ix_score_card_period_total ON score_card (period, total);

CREATE TABLE score_card_group (
    score_card_id BIGINT NOT NULL,
    criterion_code VARCHAR(16) NOT NULL,
    points DECIMAL(5,2) NOT NULL,
    PRIMARY KEY (score_card_id, criterion_code),
    CONSTRAINT fk_group_score_card FOREIGN KEY (score_card_id) REFERENCES score_card (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE score_card_group; DROP TABLE score_card;
