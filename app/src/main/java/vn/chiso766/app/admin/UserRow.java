package vn.chiso766.app.admin;

import org.jspecify.annotations.Nullable;
import vn.chiso766.db.user.UserAccountEntity;
import vn.chiso766.domain.access.Role;

/** A user as the administration lists it. */
public record UserRow(
        String username,
        String displayName,
        Role role,
        @Nullable String scopeCode,
        @Nullable String scopeName,
        boolean enabled,
        boolean mustChangePassword) {

    static UserRow of(UserAccountEntity user) {
        var scope = user.getScope();
        return new UserRow(
                user.getUsername(),
                user.getDisplayName(),
                user.getRole(),
                scope == null ? null : scope.getCode(),
                scope == null ? null : scope.getName(),
                user.isEnabled(),
                user.isMustChangePassword());
    }
}
