package vn.chiso766.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chiso766.app.AppTest;
import vn.chiso766.app.audit.state.UserState;
import vn.chiso766.app.i18n.VietnamTime;
import vn.chiso766.db.audit.AuditEventRepository;
import vn.chiso766.domain.access.Role;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.unit.Unit;

@AppTest
@WithUserDetails("admin")
class AuditQueryServiceTest {

    private static final String NINH_SON = "TNI.TPTN.NINHSON";
    private static final String PHUONG_1 = "TNI.TPTN.P1";

    @Autowired
    AuditQueryService service;

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditEventRepository repository;

    @Autowired
    TransactionTemplate transactions;

    private TestEvents events;

    @BeforeEach
    void recordEvents() {
        events = new TestEvents(trail, repository, transactions);
        events.record(
                change(NINH_SON, "2024-02"),
                change(PHUONG_1, "2024-01"),
                AuditEntry.created(
                        new UserState("someone", "Someone", Role.OFFICER, "TNI.TPTN", true, false), AuditSource.FORM),
                change("TNI", "2024-02"));
    }

    @AfterEach
    void removeEvents() {
        events.deleteAll();
    }

    private static AuditEntry change(String unit, String period) {
        return new AuditEntry(
                "UPDATE",
                "scoreCard",
                unit + "/" + period,
                unit,
                period,
                Map.of("total", "80.00"),
                Map.of("total", "81.00"),
                AuditSource.FORM);
    }

    private AuditFilter mine() {
        return filter(null, null);
    }

    private AuditFilter filter(String unit, String period) {
        return new AuditFilter(unit, events.actor(), period == null ? null : Period.parse(period), null, null);
    }

    private List<String> keys(AuditFilter filter) {
        return service.list(filter, PageRequest.of(0, 50)).stream()
                .map(AuditEvent::entityKey)
                .toList();
    }

    @Test
    void the_admin_sees_every_event_of_a_user_newest_first_and_the_count_agrees() {
        assertThat(keys(mine()))
                .containsExactly("TNI/2024-02", "someone", PHUONG_1 + "/2024-01", NINH_SON + "/2024-02");
        assertThat(service.count(mine())).isEqualTo(4);
    }

    @Test
    void events_come_page_by_page() {
        assertThat(service.list(mine(), PageRequest.of(0, 3))).hasSize(3);
        assertThat(service.list(mine(), PageRequest.of(1, 3)))
                .extracting(AuditEvent::entityKey)
                .containsExactly(NINH_SON + "/2024-02");
    }

    @Test
    void a_unit_filter_takes_the_unit_and_everything_under_it() {
        assertThat(keys(filter(NINH_SON, null))).containsExactly(NINH_SON + "/2024-02");
        assertThat(keys(filter("TNI.TPTN", null))).containsExactly(PHUONG_1 + "/2024-01", NINH_SON + "/2024-02");
        assertThat(service.count(filter("TNI", null))).isEqualTo(3);
    }

    @Test
    void a_period_filter_takes_a_month_or_the_months_of_a_quarter_or_year() {
        assertThat(keys(filter(null, "2024-01"))).containsExactly(PHUONG_1 + "/2024-01");
        assertThat(service.count(filter(null, "2024-Q1"))).isEqualTo(3);
        assertThat(service.count(filter(null, "2024"))).isEqualTo(3);
        assertThat(service.count(filter(null, "2023"))).isZero();
    }

    @Test
    void a_user_filter_takes_only_that_users_events() {
        assertThat(service.count(new AuditFilter(null, "nobody-" + events.actor(), null, null, null)))
                .isZero();
        assertThat(service.list(mine(), PageRequest.of(0, 10)))
                .allSatisfy(e -> assertThat(e.actor()).isEqualTo(events.actor()));
    }

    @Test
    void a_date_range_takes_whole_days_in_vietnam_time() {
        Instant recorded = service.list(mine(), PageRequest.of(0, 1)).getFirst().occurredAt();
        LocalDate day = recorded.atZone(VietnamTime.ZONE).toLocalDate();
        assertThat(service.count(new AuditFilter(null, events.actor(), null, day, day)))
                .isEqualTo(4);
        assertThat(service.count(new AuditFilter(null, events.actor(), null, day.plusDays(1), null)))
                .isZero();
        assertThat(service.count(new AuditFilter(null, events.actor(), null, null, day.minusDays(1))))
                .isZero();
    }

    @Test
    void a_day_begins_at_midnight_in_vietnam_not_at_midnight_utc() {
        // 17:30 UTC on 4 March is 00:30 on 5 March in Vietnam (UTC+7); 16:59:59 UTC is still 4 March there.
        events.saveAt(Instant.parse("2024-03-04T17:30:00Z"), NINH_SON);
        events.saveAt(Instant.parse("2024-03-04T16:59:59Z"), PHUONG_1);
        LocalDate fifth = LocalDate.of(2024, 3, 5);
        LocalDate fourth = LocalDate.of(2024, 3, 4);
        assertThat(keys(new AuditFilter(null, events.actor(), null, fifth, fifth)))
                .containsExactly(NINH_SON + "/2024-03");
        assertThat(keys(new AuditFilter(null, events.actor(), null, fourth, fourth)))
                .containsExactly(PHUONG_1 + "/2024-03");
    }

    @Test
    void the_admin_may_filter_by_every_unit() {
        List<Unit> units = service.visibleUnits();
        assertThat(units).extracting(Unit::code).startsWith("TNI", "TNI.TPTN").contains(NINH_SON);
    }

    @Test
    @WithUserDetails("leader")
    void a_leader_sees_events_under_the_scope_but_none_above_it_and_none_without_a_unit() {
        assertThat(keys(mine())).containsExactly(PHUONG_1 + "/2024-01", NINH_SON + "/2024-02");
        assertThat(service.count(mine())).isEqualTo(2);
    }

    @Test
    @WithUserDetails("leader")
    void a_leader_filtering_by_a_unit_above_the_scope_still_sees_nothing_beyond_it() {
        assertThat(keys(filter("TNI", null)))
                .as("the province's own event stays hidden; what is under the district may show")
                .containsExactly(PHUONG_1 + "/2024-01", NINH_SON + "/2024-02");
        assertThat(service.count(filter("ELSEWHERE", null))).isZero();
        assertThat(keys(filter(NINH_SON, null))).containsExactly(NINH_SON + "/2024-02");
    }

    @Test
    @WithUserDetails("leader")
    void a_leader_may_filter_by_the_scope_and_the_units_under_it_only() {
        List<Unit> units = service.visibleUnits();
        assertThat(units).first().extracting(Unit::code).isEqualTo("TNI.TPTN");
        assertThat(units).hasSize(11).extracting(Unit::code).doesNotContain("TNI");
    }

    @Test
    @WithUserDetails("officer")
    void an_officer_is_refused_the_audit_trail() {
        assertThatThrownBy(() -> service.list(AuditFilter.NONE, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.count(AuditFilter.NONE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.visibleUnits()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("chair-ninhson")
    void a_ward_chair_is_refused_the_audit_trail_even_of_the_ward() {
        assertThatThrownBy(() -> service.count(filter(NINH_SON, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.list(filter(NINH_SON, null), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
