package vn.chiso766.app.account;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso766.app.audit.AuditEntry;
import vn.chiso766.app.audit.AuditSource;
import vn.chiso766.app.audit.AuditTrail;
import vn.chiso766.app.audit.state.UserState;
import vn.chiso766.app.i18n.TranslatableException;
import vn.chiso766.app.security.CurrentUser;
import vn.chiso766.db.user.UserAccountEntity;
import vn.chiso766.db.user.UserAccountRepository;

/** The signed-in user changes their own password, which also ends a must-change-password state. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class PasswordChangeService {

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    PasswordChangeService(
            UserAccountRepository users, PasswordEncoder encoder, CurrentUser currentUser, AuditTrail audit) {
        this.users = users;
        this.encoder = encoder;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    public void change(String currentPassword, String newPassword, String repeated) {
        UserAccountEntity user = signedInUser();
        if (!encoder.matches(currentPassword, user.getPasswordHash())) {
            throw new TranslatableException("account.password.error.current");
        }
        if (!newPassword.equals(repeated)) {
            throw new TranslatableException("account.password.error.mismatch");
        }
        PasswordPolicy.check(user.getUsername(), newPassword);
        if (newPassword.equals(currentPassword)) {
            throw new TranslatableException("account.password.error.unchanged");
        }
        UserState before = UserState.of(user);
        user.setPasswordHash(encoder.encode(newPassword));
        user.setMustChangePassword(false);
        audit.record(new AuditEntry(
                "change-password",
                "user",
                user.getUsername(),
                scopeCode(user),
                null,
                before,
                UserState.of(user),
                AuditSource.FORM));
        currentUser.markPasswordChanged();
    }

    /**
     * Whether the signed-in user must still change the password. Asked only while the session says so; the
     * database decides, so a change made in another session also lets this one through.
     */
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        boolean mustChange = signedInUser().isMustChangePassword();
        if (!mustChange) {
            currentUser.markPasswordChanged();
        }
        return mustChange;
    }

    private UserAccountEntity signedInUser() {
        return users.findByUsername(currentUser.require().username())
                .orElseThrow(() -> new TranslatableException("account.error.unknown"));
    }

    private static @Nullable String scopeCode(UserAccountEntity user) {
        return user.getScope() == null ? null : user.getScope().getCode();
    }
}
