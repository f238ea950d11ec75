package vn.chiso766.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.chiso766.app.AppTest;
import vn.chiso766.app.i18n.TranslatableException;
import vn.chiso766.db.audit.AuditEventEntity;
import vn.chiso766.db.user.UserAccountEntity;
import vn.chiso766.db.user.UserAccountRepository;
import vn.chiso766.domain.access.Role;

@AppTest
@WithUserDetails("admin")
class UserAdminServiceTest {

    private static final String DISTRICT = "TNI.TPTN";
    private static final String WARD = "TNI.TPTN.NINHSON";
    private static final String PASSWORD = "a-long-enough-password";

    @Autowired
    UserAdminService service;

    @Autowired
    UserAccountRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ApplicationContext context;

    private AdminTestData data;
    private String prefix;

    @BeforeEach
    void setUp() {
        data = AdminTestData.of(context);
        prefix = AdminTestData.uniquePrefix();
    }

    @AfterEach
    void removeTestUsers() {
        data.removeUsers(prefix);
    }

    private String name(String suffix) {
        return prefix + "-" + suffix;
    }

    private CreatedUser createLeader(String username) {
        return service.create(new NewUser(username, "Lãnh đạo thử", Role.LEADER, DISTRICT, null));
    }

    private static void assertRefused(Runnable call, String key) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        TranslatableException.class, e -> assertThat(e.key()).isEqualTo(key));
    }

    @Test
    void creating_a_user_without_a_password_generates_a_one_time_password_that_must_be_changed() {
        CreatedUser created = createLeader(name("leader"));

        assertThat(created.oneTimePassword()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(created.user().scopeCode()).isEqualTo(DISTRICT);
        assertThat(created.user().scopeName()).isEqualTo("Thành phố Tây Ninh");
        UserAccountEntity stored = users.findByUsername(name("leader")).orElseThrow();
        assertThat(encoder.matches(created.oneTimePassword(), stored.getPasswordHash()))
                .isTrue();
        assertThat(stored.isMustChangePassword()).isTrue();
        assertThat(stored.isEnabled()).isTrue();
    }

    @Test
    void a_chosen_initial_password_is_used_and_must_still_be_changed_at_first_sign_in() {
        CreatedUser created =
                service.create(new NewUser(name("officer"), "Cán bộ thử", Role.OFFICER, DISTRICT, PASSWORD));

        assertThat(created.oneTimePassword()).isNull();
        UserAccountEntity stored = users.findByUsername(name("officer")).orElseThrow();
        assertThat(encoder.matches(PASSWORD, stored.getPasswordHash())).isTrue();
        assertThat(stored.isMustChangePassword()).isTrue();
    }

    @Test
    void the_new_user_appears_in_the_list() {
        createLeader(name("listed"));
        List<UserRow> all = service.list(PageRequest.of(0, (int) service.count()));
        assertThat(all).extracting(UserRow::username).contains(name("listed"), "admin", "leader");
    }

    @Test
    void a_duplicate_user_name_is_refused() {
        createLeader(name("twice"));
        assertRefused(() -> createLeader(name("twice")), "admin.user.error.duplicate");
    }

    @Test
    void a_user_name_with_spaces_or_accents_is_refused() {
        assertRefused(() -> createLeader(prefix + " lãnh đạo"), "admin.user.error.username");
        assertRefused(() -> createLeader("ab"), "admin.user.error.username");
    }

    @Test
    void a_user_needs_a_display_name_and_a_role() {
        assertRefused(
                () -> service.create(new NewUser(name("nameless"), " ", Role.LEADER, DISTRICT, null)),
                "admin.user.error.displayName");
        assertRefused(
                () -> service.create(new NewUser(name("roleless"), "Không vai trò", null, DISTRICT, null)),
                "admin.user.error.role");
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"LEADER", "OFFICER", "WARD_CHAIR"})
    void leaders_officers_and_ward_chairs_need_a_scope(Role role) {
        assertRefused(
                () -> service.create(new NewUser(name("noscope"), "Không đơn vị", role, null, null)),
                "admin.user.error.scopeMissing");
    }

    @Test
    void a_scope_must_be_an_existing_unit() {
        assertRefused(
                () -> service.create(new NewUser(name("nowhere"), "Không đơn vị", Role.LEADER, "NOWHERE", null)),
                "admin.user.error.scopeUnknown");
    }

    @Test
    void a_ward_chair_is_scoped_to_a_ward_or_commune_not_to_a_district() {
        assertRefused(
                () -> service.create(new NewUser(name("chair"), "Chủ tịch thử", Role.WARD_CHAIR, DISTRICT, null)),
                "admin.user.error.scopeKind");

        CreatedUser chair = service.create(new NewUser(name("chair"), "Chủ tịch thử", Role.WARD_CHAIR, WARD, null));
        assertThat(chair.user().scopeCode()).isEqualTo(WARD);
    }

    @Test
    void an_administrator_is_bound_to_no_unit() {
        CreatedUser admin = service.create(new NewUser(name("admin"), "Quản trị thử", Role.ADMIN, DISTRICT, null));
        assertThat(admin.user().scopeCode()).isNull();
    }

    @Test
    void an_initial_password_must_be_long_enough_and_not_the_user_name() {
        assertRefused(
                () -> service.create(new NewUser(name("short"), "Mật khẩu ngắn", Role.LEADER, DISTRICT, "short")),
                "account.password.error.short");
        String username = name("same-as-name");
        assertRefused(
                () -> service.create(new NewUser(username, "Trùng tên", Role.LEADER, DISTRICT, username)),
                "account.password.error.username");
        assertThat(users.existsByUsername(username)).isFalse();
    }

    @Test
    void changing_role_and_scope_is_recorded_with_before_and_after() {
        createLeader(name("promoted"));

        UserRow changed = service.changeRole(name("promoted"), Role.WARD_CHAIR, WARD);

        assertThat(changed.role()).isEqualTo(Role.WARD_CHAIR);
        assertThat(changed.scopeCode()).isEqualTo(WARD);
        AuditEventEntity event = data.auditOf("user", name("promoted")).getLast();
        assertThat(event.getAction()).isEqualTo("change-role");
        assertThat(event.getActor()).isEqualTo("admin");
        assertThat(event.getSource()).isEqualTo("form");
        assertThat(event.getBeforeState()).contains("\"role\":\"LEADER\"", "\"scope\":\"" + DISTRICT + "\"");
        assertThat(event.getAfterState()).contains("\"role\":\"WARD_CHAIR\"", "\"scope\":\"" + WARD + "\"");
    }

    @Test
    void a_role_change_checks_the_scope_like_creation_does() {
        createLeader(name("checked"));
        assertRefused(
                () -> service.changeRole(name("checked"), Role.WARD_CHAIR, DISTRICT), "admin.user.error.scopeKind");
        assertRefused(() -> service.changeRole(name("checked"), Role.OFFICER, null), "admin.user.error.scopeMissing");
        assertRefused(() -> service.changeRole(name("missing"), Role.OFFICER, DISTRICT), "admin.user.error.unknown");
    }

    @Test
    void disabling_and_enabling_a_user_are_recorded() {
        createLeader(name("paused"));

        assertThat(service.setEnabled(name("paused"), false).enabled()).isFalse();
        assertThat(users.findByUsername(name("paused")).orElseThrow().isEnabled())
                .isFalse();
        assertThat(service.setEnabled(name("paused"), true).enabled()).isTrue();

        List<AuditEventEntity> events = data.auditOf("user", name("paused"));
        assertThat(events).extracting(AuditEventEntity::getAction).containsExactly("create", "disable", "enable");
        assertThat(events.get(1).getBeforeState()).contains("\"enabled\":true");
        assertThat(events.get(1).getAfterState()).contains("\"enabled\":false");
    }

    @Test
    void resetting_a_password_gives_a_new_one_time_password_that_must_be_changed() {
        service.create(new NewUser(name("forgot"), "Quên mật khẩu", Role.LEADER, DISTRICT, PASSWORD));
        UserAccountEntity user = users.findByUsername(name("forgot")).orElseThrow();
        user.setMustChangePassword(false);
        users.save(user);

        String oneTime = service.resetPassword(name("forgot"));

        UserAccountEntity stored = users.findByUsername(name("forgot")).orElseThrow();
        assertThat(encoder.matches(oneTime, stored.getPasswordHash())).isTrue();
        assertThat(encoder.matches(PASSWORD, stored.getPasswordHash())).isFalse();
        assertThat(stored.isMustChangePassword()).isTrue();
        AuditEventEntity event = data.auditOf("user", name("forgot")).getLast();
        assertThat(event.getAction()).isEqualTo("reset-password");
        assertThat(event.getAfterState()).contains("\"mustChangePassword\":true");
    }

    @Test
    void the_audit_trail_never_holds_a_password_or_its_hash() {
        CreatedUser created = createLeader(name("secret"));
        service.changeRole(name("secret"), Role.OFFICER, DISTRICT);
        service.setEnabled(name("secret"), false);
        String reset = service.resetPassword(name("secret"));
        String hash = users.findByUsername(name("secret")).orElseThrow().getPasswordHash();

        List<AuditEventEntity> events = data.auditOf("user", name("secret"));
        assertThat(events)
                .extracting(AuditEventEntity::getAction)
                .containsExactly("create", "change-role", "disable", "reset-password");
        for (AuditEventEntity event : events) {
            String states = event.getBeforeState() + " " + event.getAfterState();
            assertThat(states)
                    .doesNotContain(created.oneTimePassword(), reset, hash, "{bcrypt}", "$2a$")
                    .doesNotContainIgnoringCase("passwordHash")
                    .doesNotContainIgnoringCase("\"password\"");
        }
    }

    @Test
    void an_administrator_cannot_disable_or_demote_themselves() {
        assertRefused(() -> service.setEnabled("admin", false), "admin.user.error.self");
        assertRefused(() -> service.changeRole("admin", Role.LEADER, DISTRICT), "admin.user.error.self");
        UserAccountEntity admin = users.findByUsername("admin").orElseThrow();
        assertThat(admin.isEnabled()).isTrue();
        assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
    }

    @Test
    @WithUserDetails("leader")
    void a_leader_cannot_list_create_or_change_users() {
        assertThatThrownBy(() -> service.list(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> createLeader(name("sneaky"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.resetPassword("admin")).isInstanceOf(AccessDeniedException.class);
        assertThat(users.existsByUsername(name("sneaky"))).isFalse();
    }
}
