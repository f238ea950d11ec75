package vn.chiso766.app.account;

import org.jspecify.annotations.Nullable;
import vn.chiso766.db.user.UserAccountEntity;
import vn.chiso766.domain.access.Role;

/** A user as the audit trail records it: everything an administrator changes, never the password or its hash. */
public record UserState(
        String username,
        String displayName,
        Role role,
        @Nullable String scopeCode,
        boolean enabled,
        boolean mustChangePassword) {

    public static UserState of(UserAccountEntity user) {
        return new UserState(
                user.getUsername(),
                user.getDisplayName(),
                user.getRole(),
                user.getScope() == null ? null : user.getScope().getCode(),
                user.isEnabled(),
                user.isMustChangePassword());
    }
}
