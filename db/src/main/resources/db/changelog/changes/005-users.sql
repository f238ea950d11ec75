--liquibase formatted sql

--changeset chiso766:005-users
CREATE TABLE app_user (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    username VARCHAR(64) NOT NULL,
    display_name VARCHAR(255) NOT NULL,
    -- A password encoder's output with its algorithm prefix ({bcrypt}…); never the password.
    password_hash VARCHAR(255) NOT NULL,
    role VARCHAR(16) NOT NULL,
    -- The unit the role is held over; none for the admin, who is not bound to a unit.
    scope_unit_id BIGINT NULL,
    enabled BOOLEAN NOT NULL DEFAULT TRUE,
    must_change_password BOOLEAN NOT NULL DEFAULT FALSE,
    demo BOOLEAN NOT NULL DEFAULT FALSE,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_scope FOREIGN KEY (scope_unit_id) REFERENCES unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE app_user;
