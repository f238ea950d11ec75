package vn.chiso766.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.chiso766.app.AppTest;
import vn.chiso766.app.i18n.TranslatableException;
import vn.chiso766.app.unit.UnitDirectory;
import vn.chiso766.db.audit.AuditEventEntity;
import vn.chiso766.domain.unit.UnitKind;

@AppTest
@WithUserDetails("admin")
class UnitAdminServiceTest {

    private static final LocalDate START = LocalDate.of(2000, 1, 1);
    private static final LocalDate MERGE = LocalDate.of(2025, 7, 1);

    @Autowired
    UnitAdminService service;

    @Autowired
    UnitDirectory directory;

    @Autowired
    ApplicationContext context;

    private AdminTestData data;
    private String prefix;

    @BeforeEach
    void setUp() {
        data = AdminTestData.of(context);
        prefix = AdminTestData.uniquePrefix().toUpperCase();
    }

    @AfterEach
    void removeTestUnits() {
        data.removeUnits(prefix);
    }

    private String code(String suffix) {
        return prefix + "." + suffix;
    }

    private UnitRow province() {
        return service.add(new NewUnit(null, prefix, "Tỉnh thử nghiệm", UnitKind.PROVINCE, START, null));
    }

    private UnitRow commune(String suffix, String parentCode) {
        return service.add(new NewUnit(parentCode, code(suffix), "Xã " + suffix, UnitKind.COMMUNE, START, null));
    }

    private static void assertRefused(Runnable call, String key) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        TranslatableException.class, e -> assertThat(e.key()).isEqualTo(key));
    }

    @Test
    void a_unit_added_under_a_parent_is_audited_and_reaches_the_cached_tree() {
        province();
        assertThat(directory.tree().find(prefix)).isPresent();

        UnitRow added = commune("A", prefix);

        assertThat(added.parentCode()).isEqualTo(prefix);
        assertThat(directory.tree().childrenOf(prefix))
                .extracting(u -> u.code())
                .containsExactly(code("A"));
        AuditEventEntity event = data.auditOf("unit", code("A")).getFirst();
        assertThat(event.getAction()).isEqualTo("create");
        assertThat(event.getUnitCode()).isEqualTo(code("A"));
        assertThat(event.getBeforeState()).isNull();
        assertThat(event.getAfterState()).contains("\"name\":\"Xã A\"", "\"kind\":\"COMMUNE\"");
        assertThat(service.list()).extracting(UnitRow::code).contains(prefix, code("A"));
    }

    @Test
    void a_duplicate_code_is_refused() {
        province();
        commune("A", prefix);
        assertRefused(() -> commune("A", prefix), "admin.unit.error.duplicate");
    }

    @Test
    void incomplete_units_are_refused_with_what_is_missing() {
        province();
        assertRefused(
                () -> service.add(new NewUnit(prefix, "  ", "Xã", UnitKind.COMMUNE, START, null)),
                "admin.unit.error.code");
        assertRefused(
                () -> service.add(new NewUnit(prefix, code("B"), " ", UnitKind.COMMUNE, START, null)),
                "admin.unit.error.name");
        assertRefused(
                () -> service.add(new NewUnit(prefix, code("B"), "Xã B", null, START, null)), "admin.unit.error.kind");
        assertRefused(
                () -> service.add(new NewUnit(prefix, code("B"), "Xã B", UnitKind.COMMUNE, null, null)),
                "admin.unit.error.validFrom");
        assertRefused(
                () -> service.add(new NewUnit("NOWHERE", code("B"), "Xã B", UnitKind.COMMUNE, START, null)),
                "admin.unit.error.parentUnknown");
    }

    @Test
    void renaming_and_re_dating_are_recorded_separately() {
        province();
        commune("A", prefix);
        LocalDate end = LocalDate.of(2025, 6, 30);

        UnitRow edited = service.edit(new UnitEdit(code("A"), "Xã Mới", START, end));

        assertThat(edited.name()).isEqualTo("Xã Mới");
        assertThat(edited.validTo()).isEqualTo(end);
        List<AuditEventEntity> events = data.auditOf("unit", code("A"));
        assertThat(events)
                .extracting(AuditEventEntity::getAction)
                .containsExactly("create", "rename", "change-validity");
        assertThat(events.get(1).getBeforeState()).contains("\"name\":\"Xã A\"");
        assertThat(events.get(1).getAfterState()).contains("\"name\":\"Xã Mới\"");
        assertThat(events.get(2).getBeforeState()).contains("\"validTo\":null");
        assertThat(events.get(2).getAfterState()).contains("\"validTo\":\"2025-06-30\"");
        assertThat(directory.tree().find(code("A")).orElseThrow().name()).isEqualTo("Xã Mới");
    }

    @Test
    void a_unit_cannot_end_before_it_starts() {
        province();
        commune("A", prefix);
        assertRefused(
                () -> service.edit(new UnitEdit(code("A"), "Xã A", START, START.minusDays(1))),
                "admin.unit.error.validity");
        assertRefused(() -> service.edit(new UnitEdit(code("A"), "Xã A", null, null)), "admin.unit.error.validFrom");
        assertRefused(() -> service.edit(new UnitEdit(code("Z"), "Xã Z", START, null)), "admin.unit.error.unknown");
    }

    @Test
    void a_merge_ends_the_old_units_the_day_before_and_names_the_new_unit_their_successor() {
        province();
        commune("A", prefix);
        commune("B", prefix);

        UnitRow merged = service.merge(
                new UnitMerge(List.of(code("A"), code("B")), code("AB"), "Xã AB", UnitKind.COMMUNE, MERGE));

        assertThat(merged.parentCode()).isEqualTo(prefix);
        assertThat(merged.validFrom()).isEqualTo(MERGE);
        assertThat(merged.validTo()).isNull();
        List<UnitRow> units = service.list();
        for (String old : List.of(code("A"), code("B"))) {
            UnitRow row =
                    units.stream().filter(u -> u.code().equals(old)).findFirst().orElseThrow();
            assertThat(row.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
            assertThat(row.successorCode()).isEqualTo(code("AB"));
            AuditEventEntity event = data.auditOf("unit", old).getLast();
            assertThat(event.getAction()).isEqualTo("merged-into");
            assertThat(event.getBeforeState()).contains("\"validTo\":null", "\"successorCode\":null");
            assertThat(event.getAfterState())
                    .contains("\"validTo\":\"2025-06-30\"", "\"successorCode\":\"" + code("AB") + "\"");
        }
        AuditEventEntity created = data.auditOf("unit", code("AB")).getFirst();
        assertThat(created.getAction()).isEqualTo("merge");
        assertThat(created.getAfterState()).contains("\"mergedFrom\":[\"" + code("A") + "\",\"" + code("B") + "\"]");
        assertThat(directory.tree().find(code("A")).orElseThrow().validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void a_merge_needs_at_least_two_units() {
        province();
        commune("A", prefix);
        assertRefused(
                () -> service.merge(
                        new UnitMerge(List.of(code("A"), code("A")), code("AB"), "Xã AB", UnitKind.COMMUNE, MERGE)),
                "admin.unit.error.mergeTooFew");
    }

    @Test
    void only_units_of_the_same_parent_can_be_merged() {
        province();
        commune("A", prefix);
        service.add(new NewUnit(prefix, code("D"), "Huyện D", UnitKind.DISTRICT, START, null));
        commune("D.B", code("D"));
        assertRefused(
                () -> service.merge(
                        new UnitMerge(List.of(code("A"), code("D.B")), code("AB"), "Xã AB", UnitKind.COMMUNE, MERGE)),
                "admin.unit.error.mergeParents");
    }

    @Test
    void the_merge_date_must_come_after_every_old_units_start() {
        province();
        commune("A", prefix);
        service.add(new NewUnit(prefix, code("B"), "Xã B", UnitKind.COMMUNE, MERGE, null));
        assertRefused(
                () -> service.merge(
                        new UnitMerge(List.of(code("A"), code("B")), code("AB"), "Xã AB", UnitKind.COMMUNE, MERGE)),
                "admin.unit.error.mergeDate");
        assertRefused(
                () -> service.merge(
                        new UnitMerge(List.of(code("A"), code("B")), code("AB"), "Xã AB", UnitKind.COMMUNE, null)),
                "admin.unit.error.mergeDateMissing");
        assertThat(service.list()).extracting(UnitRow::code).doesNotContain(code("AB"));
    }

    @Test
    void a_merged_unit_is_not_merged_again_and_keeps_ending_before_its_successor() {
        province();
        commune("A", prefix);
        commune("B", prefix);
        commune("C", prefix);
        service.merge(new UnitMerge(List.of(code("A"), code("B")), code("AB"), "Xã AB", UnitKind.COMMUNE, MERGE));

        assertRefused(
                () -> service.merge(new UnitMerge(
                        List.of(code("A"), code("C")), code("AC"), "Xã AC", UnitKind.COMMUNE, MERGE.plusYears(1))),
                "admin.unit.error.alreadyMerged");
        assertRefused(
                () -> service.edit(new UnitEdit(code("A"), "Xã A", START, null)), "admin.unit.error.successorEnd");
        assertRefused(
                () -> service.edit(new UnitEdit(code("A"), "Xã A", START, MERGE)), "admin.unit.error.successorEnd");
    }

    @Test
    void a_unit_that_ended_long_before_the_merge_date_cannot_be_merged() {
        province();
        commune("A", prefix);
        service.add(new NewUnit(prefix, code("B"), "Xã B", UnitKind.COMMUNE, START, LocalDate.of(2020, 12, 31)));
        assertRefused(
                () -> service.merge(
                        new UnitMerge(List.of(code("A"), code("B")), code("AB"), "Xã AB", UnitKind.COMMUNE, MERGE)),
                "admin.unit.error.endedBeforeMerge");
    }

    @Test
    void the_new_unit_of_a_merge_needs_a_free_code() {
        province();
        commune("A", prefix);
        commune("B", prefix);
        assertRefused(
                () -> service.merge(
                        new UnitMerge(List.of(code("A"), code("B")), code("A"), "Xã AB", UnitKind.COMMUNE, MERGE)),
                "admin.unit.error.duplicate");
        assertThat(service.list().stream()
                        .filter(u -> u.code().equals(code("B")))
                        .findFirst()
                        .orElseThrow()
                        .validTo())
                .as("a refused merge changes nothing")
                .isNull();
    }

    @Test
    @WithUserDetails("officer")
    void an_officer_cannot_change_units() {
        assertThatThrownBy(() -> service.add(new NewUnit(null, prefix, "Tỉnh", UnitKind.PROVINCE, START, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.list()).isInstanceOf(AccessDeniedException.class);
    }
}
