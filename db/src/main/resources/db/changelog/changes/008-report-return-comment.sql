--liquibase formatted sql

--changeset chiso766:008-report-return-comment
-- The office's comment when it returns a submitted report to the ward for correction (issue 5).
ALTER TABLE monthly_report ADD COLUMN return_comment VARCHAR(1000) NULL;
--rollback ALTER TABLE monthly_report DROP COLUMN return_comment;
