--liquibase formatted sql

--changeset chiso766:007-unit-successor
--comment: A merged unit points to the unit that took it over (the July 2025 reorganisation); its history stays.
ALTER TABLE unit ADD COLUMN successor_id BIGINT NULL;
ALTER TABLE unit ADD CONSTRAINT fk_unit_successor FOREIGN KEY (successor_id) REFERENCES unit (id);
--rollback ALTER TABLE unit DROP FOREIGN KEY fk_unit_successor; ALTER TABLE unit DROP COLUMN successor_id;
