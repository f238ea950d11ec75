package vn.chiso766.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.chiso766.app.AppTest;
import vn.chiso766.app.admin.AdminTestData;
import vn.chiso766.app.admin.NewUser;
import vn.chiso766.app.admin.UserAdminService;
import vn.chiso766.app.i18n.TranslatableException;
import vn.chiso766.app.security.AppUser;
import vn.chiso766.app.security.CurrentUser;
import vn.chiso766.db.audit.AuditEventEntity;
import vn.chiso766.db.user.UserAccountRepository;
import vn.chiso766.domain.access.Role;

@AppTest
// The admin creates the test user; each test then signs in as that user.
@WithUserDetails("admin")
class PasswordChangeServiceTest {

    private static final String NEW_PASSWORD = "my-own-password-2025";

    @Autowired
    PasswordChangeService service;

    @Autowired
    UserAdminService admin;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    UserAccountRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    ApplicationContext context;

    private AdminTestData data;
    private String prefix;
    private String username;
    private String oneTime;

    @BeforeEach
    void createUserAndSignIn() {
        data = AdminTestData.of(context);
        prefix = AdminTestData.uniquePrefix();
        username = prefix + "-leader";
        oneTime = admin.create(new NewUser(username, "Lãnh đạo thử", Role.LEADER, "TNI.TPTN", null))
                .oneTimePassword();
        AppUser user = (AppUser) userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @AfterEach
    void removeTestUser() {
        data.removeUsers(prefix);
    }

    private void assertRefused(String current, String next, String repeated, String key) {
        assertThatThrownBy(() -> service.change(current, next, repeated))
                .isInstanceOfSatisfying(
                        TranslatableException.class, e -> assertThat(e.key()).isEqualTo(key));
        assertThat(encoder.matches(
                        oneTime, users.findByUsername(username).orElseThrow().getPasswordHash()))
                .isTrue();
    }

    @Test
    void changing_the_password_ends_the_must_change_state_in_the_database_and_the_session() {
        assertThat(currentUser.require().mustChangePassword()).isTrue();
        assertThat(service.mustChangePassword()).isTrue();

        service.change(oneTime, NEW_PASSWORD, NEW_PASSWORD);

        var stored = users.findByUsername(username).orElseThrow();
        assertThat(encoder.matches(NEW_PASSWORD, stored.getPasswordHash())).isTrue();
        assertThat(stored.isMustChangePassword()).isFalse();
        assertThat(currentUser.require().mustChangePassword()).isFalse();
        assertThat(service.mustChangePassword()).isFalse();
    }

    @Test
    void the_change_is_audited_without_any_password() {
        service.change(oneTime, NEW_PASSWORD, NEW_PASSWORD);

        List<AuditEventEntity> events = data.auditOf("user", username);
        AuditEventEntity event = events.getLast();
        assertThat(event.getAction()).isEqualTo("change-password");
        assertThat(event.getActor()).isEqualTo(username);
        assertThat(event.getBeforeState()).contains("\"mustChangePassword\":true");
        assertThat(event.getAfterState()).contains("\"mustChangePassword\":false");
        String hash = users.findByUsername(username).orElseThrow().getPasswordHash();
        for (AuditEventEntity e : events) {
            assertThat(e.getBeforeState() + " " + e.getAfterState())
                    .doesNotContain(oneTime, NEW_PASSWORD, hash, "{bcrypt}")
                    .doesNotContainIgnoringCase("passwordHash");
        }
    }

    @Test
    void the_current_password_must_be_right() {
        assertRefused("not-the-password", NEW_PASSWORD, NEW_PASSWORD, "account.password.error.current");
    }

    @Test
    void the_new_password_must_be_typed_twice_alike() {
        assertRefused(oneTime, NEW_PASSWORD, NEW_PASSWORD + "x", "account.password.error.mismatch");
    }

    @Test
    void the_new_password_needs_twelve_characters() {
        assertRefused(oneTime, "elevenchars", "elevenchars", "account.password.error.short");
    }

    @Test
    void the_new_password_must_not_be_the_user_name() {
        assertRefused(oneTime, username, username, "account.password.error.username");
    }

    @Test
    void the_new_password_must_differ_from_the_one_time_password() {
        assertRefused(oneTime, oneTime, oneTime, "account.password.error.unchanged");
    }
}
