--liquibase formatted sql

--changeset chiso766:004-monthly-reports
CREATE TABLE monthly_report (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id BIGINT NOT NULL,
    period VARCHAR(7) NOT NULL,
    issuing_body VARCHAR(255) NOT NULL,
    number VARCHAR(64) NOT NULL,
    place VARCHAR(128) NOT NULL,
    issued_on DATE NOT NULL,
    title VARCHAR(500) NOT NULL,
    publication_link VARCHAR(1000) NULL,
    signer_authority VARCHAR(128) NOT NULL,
    signer_position VARCHAR(128) NOT NULL,
    signer_name VARCHAR(128) NOT NULL,
    named_lowest_group VARCHAR(16) NULL,
    named_highest_group VARCHAR(16) NULL,
    status VARCHAR(16) NOT NULL,
    demo BOOLEAN NOT NULL DEFAULT FALSE,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_report_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT uq_report_unit_period UNIQUE (unit_id, period)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_cause (
    report_id BIGINT NOT NULL,
    position INT NOT NULL,
    text VARCHAR(4000) NOT NULL,
    PRIMARY KEY (report_id, position),
    CONSTRAINT fk_cause_report FOREIGN KEY (report_id) REFERENCES monthly_report (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_measure (
    report_id BIGINT NOT NULL,
    position INT NOT NULL,
    text VARCHAR(4000) NOT NULL,
    target_criterion VARCHAR(16) NULL,
    responsible VARCHAR(255) NULL,
    due_date DATE NULL,
    status VARCHAR(16) NOT NULL,
    PRIMARY KEY (report_id, position),
    CONSTRAINT fk_measure_report FOREIGN KEY (report_id) REFERENCES monthly_report (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_recipient (
    report_id BIGINT NOT NULL,
    position INT NOT NULL,
    text VARCHAR(500) NOT NULL,
    PRIMARY KEY (report_id, position),
    CONSTRAINT fk_recipient_report FOREIGN KEY (report_id) REFERENCES monthly_report (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE report_recipient; DROP TABLE report_measure; DROP TABLE report_cause; DROP TABLE monthly_report;
