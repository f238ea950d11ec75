package vn.chiso766.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.chiso766.app.AppTest;
import vn.chiso766.db.audit.AuditEventEntity;
import vn.chiso766.db.audit.AuditEventRepository;
import vn.chiso766.db.user.UserAccountRepository;

@AppTest
class InitialAdminAuditTest {

    private static final String USERNAME = "first-admin-audit-test";
    private static final String PASSWORD = "Configured-Secret-766";

    @Autowired
    UserAccountRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    AuditEventRepository events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JsonMapper json;

    @Test
    void creating_the_first_admin_is_recorded_by_the_system_without_the_password() {
        // The installation already has users, so the bootstrap is driven directly and rolled back afterwards.
        InitialAdmin bootstrap = new InitialAdmin(users, encoder, publisher, USERNAME, PASSWORD);
        transactions.executeWithoutResult(status -> {
            bootstrap.create();
            List<AuditEventEntity> recorded = events.findAll((root, query, cb) ->
                    cb.and(cb.equal(root.get("entityType"), "user"), cb.equal(root.get("entityKey"), USERNAME)));
            assertThat(recorded).singleElement().satisfies(e -> {
                assertThat(e.getActor()).isEqualTo("system");
                assertThat(e.getSource()).isEqualTo("system");
                assertThat(e.getAction()).isEqualTo("CREATE");
                assertThat(e.getUnitCode()).isNull();
                assertThat(e.getAfterState()).doesNotContain(PASSWORD).doesNotContain("{bcrypt}");
                JsonNode state = json.readTree(e.getAfterState());
                assertThat(state.get("role").asString()).isEqualTo("ADMIN");
                assertThat(state.get("enabled").asBoolean()).isTrue();
            });
            status.setRollbackOnly();
        });
        assertThat(users.existsByUsername(USERNAME)).isFalse();
    }
}
