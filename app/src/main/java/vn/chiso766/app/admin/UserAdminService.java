package vn.chiso766.app.admin;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso766.app.account.PasswordPolicy;
import vn.chiso766.app.audit.AuditEntry;
import vn.chiso766.app.audit.AuditSource;
import vn.chiso766.app.audit.AuditTrail;
import vn.chiso766.app.audit.state.UserState;
import vn.chiso766.app.i18n.TranslatableException;
import vn.chiso766.app.security.CurrentUser;
import vn.chiso766.db.unit.UnitEntity;
import vn.chiso766.db.unit.UnitRepository;
import vn.chiso766.db.user.UserAccountEntity;
import vn.chiso766.db.user.UserAccountRepository;
import vn.chiso766.domain.access.Role;

/**
 * Users for the administrator: create, change role and scope, disable and enable, reset the password. Every
 * change is audited without the password. An administrator cannot disable or demote themselves, so the
 * installation always keeps the administrator who is acting.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class UserAdminService {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,64}");

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Scopes scopes;

    UserAdminService(
            UserAccountRepository users,
            UnitRepository units,
            PasswordEncoder encoder,
            CurrentUser currentUser,
            AuditTrail audit) {
        this.users = users;
        this.encoder = encoder;
        this.currentUser = currentUser;
        this.audit = audit;
        this.scopes = new Scopes(units);
    }

    @Transactional(readOnly = true)
    public List<UserRow> list(Pageable page) {
        PageRequest byName = PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("username"));
        return users.findAll(byName).map(UserRow::of).toList();
    }

    @Transactional(readOnly = true)
    public long count() {
        return users.count();
    }

    public CreatedUser create(NewUser request) {
        String username = request.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            throw new TranslatableException("admin.user.error.username");
        }
        if (users.existsByUsername(username)) {
            throw new TranslatableException("admin.user.error.duplicate", username);
        }
        if (request.displayName().isBlank()) {
            throw new TranslatableException("admin.user.error.displayName");
        }
        Role role = Scopes.requireRole(request.role());
        @Nullable UnitEntity scope = scopes.resolve(role, request.scopeCode());
        String initial = request.initialPassword();
        boolean generated = initial == null || initial.isEmpty();
        String password = generated ? PasswordPolicy.oneTimePassword() : initial;
        PasswordPolicy.check(username, password);
        UserAccountEntity user =
                new UserAccountEntity(username, request.displayName().strip(), encoder.encode(password), role, scope);
        // The administrator has seen the password, so it is the user's only until they choose their own.
        user.setMustChangePassword(true);
        users.save(user);
        record("create", user, null);
        return new CreatedUser(UserRow.of(user), generated ? password : null);
    }

    public UserRow changeRole(String username, @Nullable Role newRole, @Nullable String scopeCode) {
        UserAccountEntity user = find(username);
        Role role = Scopes.requireRole(newRole);
        if (isSelf(user) && role != Role.ADMIN) {
            throw new TranslatableException("admin.user.error.self");
        }
        @Nullable UnitEntity scope = scopes.resolve(role, scopeCode);
        UserState before = UserState.of(user);
        user.setRoleAndScope(role, scope);
        record("change-role", user, before);
        return UserRow.of(user);
    }

    public UserRow setEnabled(String username, boolean enabled) {
        UserAccountEntity user = find(username);
        if (isSelf(user) && !enabled) {
            throw new TranslatableException("admin.user.error.self");
        }
        UserState before = UserState.of(user);
        user.setEnabled(enabled);
        record(enabled ? "enable" : "disable", user, before);
        return UserRow.of(user);
    }

    /** Returns the new one-time password, to be shown once; the user must change it at the next sign-in. */
    public String resetPassword(String username) {
        UserAccountEntity user = find(username);
        UserState before = UserState.of(user);
        String password = PasswordPolicy.oneTimePassword();
        user.setPasswordHash(encoder.encode(password));
        user.setMustChangePassword(true);
        record("reset-password", user, before);
        return password;
    }

    private UserAccountEntity find(String username) {
        return users.findByUsername(username)
                .orElseThrow(() -> new TranslatableException("admin.user.error.unknown", username));
    }

    private boolean isSelf(UserAccountEntity user) {
        return user.getUsername().equals(currentUser.require().username());
    }

    private void record(String action, UserAccountEntity user, @Nullable UserState before) {
        UserState after = UserState.of(user);
        audit.record(new AuditEntry(
                action, UserState.TYPE, user.getUsername(), null, null, before, after, AuditSource.FORM));
    }
}
