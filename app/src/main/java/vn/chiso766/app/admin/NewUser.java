package vn.chiso766.app.admin;

import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.access.Role;

/** A user to create; without an initial password a one-time password is generated. */
public record NewUser(
        String username,
        String displayName,
        @Nullable Role role,
        @Nullable String scopeCode,
        @Nullable String initialPassword) {}
