package vn.chiso766.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.chiso766.app.AppTest;
import vn.chiso766.db.audit.AuditEventEntity;
import vn.chiso766.db.audit.AuditEventRepository;

@AppTest
class DemoDataAuditTest {

    @Autowired
    AuditEventRepository events;

    @Autowired
    JsonMapper json;

    private List<AuditEventEntity> demoEvents(String entityType) {
        return events.findAll((root, query, cb) ->
                cb.and(cb.equal(root.get("source"), "demo"), cb.equal(root.get("entityType"), entityType)));
    }

    @Test
    void the_demo_load_recorded_every_unit_as_created_by_the_system_from_demo_data() {
        List<AuditEventEntity> units = demoEvents("unit");
        assertThat(units)
                .extracting(AuditEventEntity::getEntityKey)
                .contains("TNI", "TNI.TPTN", "TNI.TPTN.NINHSON", "TNI.TPTN.THANHTAN")
                .hasSize(12);
        assertThat(units).allSatisfy(e -> {
            assertThat(e.getActor()).isEqualTo("system");
            assertThat(e.getAction()).isEqualTo("CREATE");
            assertThat(e.getBeforeState()).isNull();
            assertThat(e.getUnitCode()).isEqualTo(e.getEntityKey());
        });
        JsonNode ninhSon = json.readTree(units.stream()
                .filter(e -> e.getEntityKey().equals("TNI.TPTN.NINHSON"))
                .findFirst()
                .orElseThrow()
                .getAfterState());
        assertThat(ninhSon.get("name").asString()).isEqualTo("Phường Ninh Sơn");
        assertThat(ninhSon.get("parentCode").asString()).isEqualTo("TNI.TPTN");
        assertThat(ninhSon.get("validTo").asString()).isEqualTo("2025-06-30");
    }

    @Test
    void the_seed_score_card_and_report_are_recorded_with_their_unit_period_and_figures() {
        AuditEventEntity card = demoEvents("scoreCard").stream()
                .filter(e -> e.getEntityKey().equals("TNI.TPTN.NINHSON/2024-02"))
                .findFirst()
                .orElseThrow();
        assertThat(card.getActor()).isEqualTo("system");
        assertThat(card.getUnitCode()).isEqualTo("TNI.TPTN.NINHSON");
        assertThat(card.getPeriod()).isEqualTo("2024-02");
        JsonNode after = json.readTree(card.getAfterState());
        assertThat(after.get("total").decimalValue()).isEqualByComparingTo("84.1");
        assertThat(after.get("groups").get("TTTT").decimalValue()).isEqualByComparingTo("4.9");
        assertThat(after.get("statedChange").decimalValue()).isEqualByComparingTo("-1.5");
        assertThat(after.get("source").asString()).isEqualTo("seed report");
        assertThat(after.get("figures").get("dossiers").asInt()).isEqualTo(180);

        AuditEventEntity report = demoEvents("report").stream()
                .filter(e -> e.getEntityKey().equals("TNI.TPTN.NINHSON/2024-02"))
                .findFirst()
                .orElseThrow();
        JsonNode reportState = json.readTree(report.getAfterState());
        assertThat(reportState.get("status").asString()).isEqualTo("APPROVED");
        assertThat(reportState.get("measures")).hasSize(3);
    }

    @Test
    void every_demo_score_card_and_report_has_its_audit_entry() {
        assertThat(demoEvents("scoreCard")).hasSizeGreaterThan(100).allSatisfy(e -> {
            assertThat(e.getActor()).isEqualTo("system");
            assertThat(e.getUnitCode()).startsWith("TNI.TPTN.");
            assertThat(e.getPeriod()).isNotNull();
        });
        assertThat(demoEvents("report")).hasSizeGreaterThan(100);
    }

    @Test
    void the_demo_users_are_recorded_without_a_unit_and_without_any_password_or_hash() {
        List<AuditEventEntity> users = demoEvents("user");
        assertThat(users)
                .extracting(AuditEventEntity::getEntityKey)
                .containsExactlyInAnyOrder("admin", "leader", "officer", "chair-ninhson");
        assertThat(users).allSatisfy(e -> {
            assertThat(e.getActor()).isEqualTo("system");
            assertThat(e.getUnitCode())
                    .as("user changes are the admin's to read")
                    .isNull();
            JsonNode state = json.readTree(e.getAfterState());
            assertThat(state.propertyNames())
                    .containsExactlyInAnyOrder(
                            "username", "displayName", "role", "scope", "enabled", "mustChangePassword");
            state.propertyNames()
                    .forEach(name -> assertThat(state.get(name).toString())
                            .as("%s of %s", name, e.getEntityKey())
                            .isNotEqualTo("\"demo\""));
        });
        JsonNode leader = json.readTree(users.stream()
                .filter(e -> e.getEntityKey().equals("leader"))
                .findFirst()
                .orElseThrow()
                .getAfterState());
        assertThat(leader.get("role").asString()).isEqualTo("LEADER");
        assertThat(leader.get("scope").asString()).isEqualTo("TNI.TPTN");
    }

    @Test
    void no_audit_row_holds_a_password_hash_or_a_password_field() {
        assertThat(events.findAll()).allSatisfy(e -> {
            for (String state : new String[] {e.getBeforeState(), e.getAfterState()}) {
                if (state != null) {
                    // "mustChangePassword" is a flag and allowed; a password or hash field is not.
                    assertThat(state)
                            .doesNotContain("{bcrypt}")
                            .doesNotContainPattern("(?i)\"(password|passwordHash|hash)\"\\s*:");
                }
            }
        });
    }
}
