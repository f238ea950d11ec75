package vn.chiso766.app.audit.state;

import org.jspecify.annotations.Nullable;
import vn.chiso766.app.audit.AuditedState;
import vn.chiso766.db.user.UserAccountEntity;
import vn.chiso766.domain.access.Role;

/**
 * A user account as the audit trail records it: no password and no hash, on purpose. Filed without a unit, so only
 * the admin reads user changes.
 */
public record UserState(
        String username,
        String displayName,
        Role role,
        @Nullable String scope,
        boolean enabled,
        boolean mustChangePassword)
        implements AuditedState {

    public static final String TYPE = "user";

    public static UserState of(UserAccountEntity user) {
        var scope = user.getScope();
        return new UserState(
                user.getUsername(),
                user.getDisplayName(),
                user.getRole(),
                scope == null ? null : scope.getCode(),
                user.isEnabled(),
                user.isMustChangePassword());
    }

    @Override
    public String entityType() {
        return TYPE;
    }

    @Override
    public String entityKey() {
        return username;
    }

    @Override
    public @Nullable String unitCode() {
        return null;
    }

    @Override
    public @Nullable String period() {
        return null;
    }
}
