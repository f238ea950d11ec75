--liquibase formatted sql

--changeset chiso766:001-criteria-schema
CREATE TABLE criterion_catalogue (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    effective_from VARCHAR(7) NOT NULL,
    description VARCHAR(500) NOT NULL,
    CONSTRAINT uq_catalogue_effective_from UNIQUE (effective_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE criterion (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    catalogue_id BIGINT NOT NULL,
    code VARCHAR(16) NOT NULL,
    name_vi VARCHAR(200) NOT NULL,
    name_en VARCHAR(200) NOT NULL,
    max_points DECIMAL(5,2) NOT NULL,
    sort_order INT NOT NULL,
    CONSTRAINT fk_criterion_catalogue FOREIGN KEY (catalogue_id) REFERENCES criterion_catalogue (id),
    CONSTRAINT uq_criterion_code UNIQUE (catalogue_id, code),
    CONSTRAINT ck_criterion_max CHECK (max_points > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE criterion; DROP TABLE criterion_catalogue;

--changeset chiso766:001-criteria-decision-766
--comment: The six groups of Decision 766/QĐ-TTg as used by the portal and ward reports from 2024 (DOMAIN.md).
INSERT INTO criterion_catalogue (id, effective_from, description)
VALUES (1, '2024-01', 'Quyết định 766/QĐ-TTg — sáu nhóm chỉ số (Cổng DVCQG, 2024)');
INSERT INTO criterion (catalogue_id, code, name_vi, name_en, max_points, sort_order) VALUES
    (1, 'CKMB', 'Công khai, minh bạch', 'Publicity and transparency', 18, 1),
    (1, 'TDGQ', 'Tiến độ giải quyết', 'Processing timeliness', 20, 2),
    (1, 'ONLINE', 'Dịch vụ công trực tuyến', 'Online public services', 12, 3),
    (1, 'TTTT', 'Thanh toán trực tuyến', 'Online payment', 10, 4),
    (1, 'MDHL', 'Mức độ hài lòng', 'Satisfaction', 18, 5),
    (1, 'MDSH', 'Số hóa hồ sơ', 'Digitization of dossiers and results', 22, 6);
--rollback DELETE FROM criterion WHERE catalogue_id = 1; DELETE FROM criterion_catalogue WHERE id = 1;
