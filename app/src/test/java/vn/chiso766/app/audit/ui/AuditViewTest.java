package vn.chiso766.app.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chiso766.app.AppTest;
import vn.chiso766.app.audit.AuditEntry;
import vn.chiso766.app.audit.AuditEvent;
import vn.chiso766.app.audit.AuditSource;
import vn.chiso766.app.audit.AuditTrail;
import vn.chiso766.app.audit.TestEvents;
import vn.chiso766.db.audit.AuditEventRepository;
import vn.chiso766.domain.unit.Unit;

@AppTest
@WithUserDetails("admin")
@ViewPackages(classes = AuditView.class)
class AuditViewTest extends SpringBrowserlessTest {

    private static final String NINH_SON = "TNI.TPTN.NINHSON";
    private static final String SHA = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

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
                new AuditEntry(
                        "UPDATE",
                        "scoreCard",
                        NINH_SON + "/2024-02",
                        NINH_SON,
                        "2024-02",
                        Map.of("total", 84.1, "source", "seed report"),
                        Map.of("total", 84.6, "source", "seed report"),
                        AuditSource.file("ninh-son-02-2024.xlsx", SHA)),
                new AuditEntry(
                        "CREATE",
                        "report",
                        "TNI.TPTN.P1/2024-01",
                        "TNI.TPTN.P1",
                        "2024-01",
                        null,
                        Map.of("status", "DRAFT"),
                        AuditSource.FORM));
    }

    @AfterEach
    void removeEvents() {
        events.deleteAll();
    }

    private void open(Map<String, String> parameters) {
        UI.getCurrent().navigate(AuditView.class, QueryParameters.simple(parameters));
        assertThat(getCurrentView()).isInstanceOf(AuditView.class);
    }

    private Map<String, String> mine() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("user", events.actor());
        return parameters;
    }

    @SuppressWarnings("unchecked")
    private Grid<AuditEvent> grid() {
        return $(Grid.class).id("audit-grid");
    }

    private String location() {
        return UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters();
    }

    @Test
    void the_users_events_are_listed_newest_first_with_readable_columns() {
        open(mine());
        var tester = test(grid());
        assertThat(tester.size()).isEqualTo(2);
        assertThat(tester.getRow(0).entityKey()).isEqualTo("TNI.TPTN.P1/2024-01");
        assertThat(tester.getCellText(0, tester.getColumnPosition("action"))).isEqualTo("Tạo mới");
        assertThat(tester.getCellText(0, tester.getColumnPosition("entity"))).isEqualTo("Báo cáo TNI.TPTN.P1/2024-01");
        assertThat(tester.getCellText(0, tester.getColumnPosition("unit"))).isEqualTo("Phường 1");
        assertThat(tester.getCellText(0, tester.getColumnPosition("period"))).isEqualTo("Tháng 01/2024");
        assertThat(tester.getCellText(0, tester.getColumnPosition("source"))).isEqualTo("Nhập trên biểu mẫu");
        assertThat(tester.getCellText(1, tester.getColumnPosition("source")))
                .isEqualTo("ninh-son-02-2024.xlsx · 0123456789ab");
        assertThat(tester.getCellText(1, tester.getColumnPosition("time")))
                .matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}");
    }

    @Test
    void the_filters_in_the_url_are_applied_and_shown_in_the_fields() {
        Map<String, String> parameters = mine();
        parameters.put("unit", NINH_SON);
        parameters.put("period", "2024-Q1");
        open(parameters);
        var tester = test(grid());
        assertThat(tester.size()).isEqualTo(1);
        assertThat(tester.getRow(0).entityKey()).isEqualTo(NINH_SON + "/2024-02");
        @SuppressWarnings("unchecked")
        ComboBox<Unit> unit = $(ComboBox.class).id("audit-unit");
        assertThat(unit.getValue().code()).isEqualTo(NINH_SON);
        assertThat($(TextField.class).id("audit-user").getValue()).isEqualTo(events.actor());
        assertThat($(TextField.class).id("audit-period").getValue()).isEqualTo("2024-Q1");
    }

    @Test
    void a_date_range_in_the_url_excludes_the_days_outside_it() {
        Map<String, String> parameters = mine();
        parameters.put("from", "2020-01-01");
        parameters.put("to", "2020-01-31");
        open(parameters);
        assertThat(test(grid()).size()).isZero();
    }

    @Test
    void choosing_a_row_shows_the_states_before_and_after_and_what_changed() {
        open(mine());
        test(grid()).select(1);
        assertThat($(Paragraph.class).id("audit-changed").getText()).isEqualTo("Các trường thay đổi: total");
        assertThat($(Pre.class).id("audit-before").getText()).contains("\"total\" : 84.1");
        assertThat($(Pre.class).id("audit-after").getText())
                .contains("\"total\" : 84.6")
                .contains("\n");
        assertThat($(Paragraph.class).id("audit-origin").getText())
                .isEqualTo("Nguồn: ninh-son-02-2024.xlsx · SHA-256 của tệp: " + SHA);
    }

    @Test
    void a_creation_shows_its_state_after_and_nothing_before() {
        open(mine());
        test(grid()).select(0);
        assertThat($(Pre.class).id("audit-before").getText()).isEqualTo("(không có)");
        assertThat($(Pre.class).id("audit-after").getText()).contains("\"status\" : \"DRAFT\"");
        assertThat($(Paragraph.class).id("audit-origin").getText()).isEqualTo("Nguồn: Nhập trên biểu mẫu");
    }

    @Test
    void a_bad_period_in_the_url_is_explained_and_nothing_is_listed() {
        Map<String, String> parameters = mine();
        parameters.put("period", "2024-13");
        open(parameters);
        assertThat($(Paragraph.class).id("audit-error").getText())
                .isEqualTo("Kỳ \"2024-13\" không hợp lệ: dùng dạng 2024-02 (tháng), 2024-Q1 (quý) hoặc 2024 (năm).");
        assertThat(((AuditView) getCurrentView()).grid().isVisible()).isFalse();
    }

    @Test
    void typing_a_bad_period_is_explained_and_leaves_the_url_alone() {
        open(mine());
        test($(TextField.class).id("audit-period")).setValue("Q5");
        TextField period = $(TextField.class).id("audit-period");
        assertThat(period.isInvalid()).isTrue();
        assertThat(period.getErrorMessage()).startsWith("Kỳ \"Q5\" không hợp lệ");
        assertThat(location()).doesNotContain("period");
    }

    @Test
    void typing_a_good_period_puts_it_in_the_url() {
        open(mine());
        test($(TextField.class).id("audit-period")).setValue("2024-01");
        assertThat(location()).contains("period=2024-01").contains("user=" + events.actor());
        assertThat(test(grid()).size()).isEqualTo(1);
    }

    @Test
    void a_unit_the_user_may_not_see_is_refused() {
        Map<String, String> parameters = mine();
        parameters.put("unit", "NOWHERE");
        open(parameters);
        assertThat($(Paragraph.class).id("audit-error").getText())
                .isEqualTo("Không có đơn vị nào mang mã \"NOWHERE\" trong phạm vi bạn được xem.");
        assertThat(((AuditView) getCurrentView()).grid().isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("leader")
    void a_leader_sees_the_events_under_the_district_and_may_not_pick_the_province() {
        open(mine());
        assertThat(test(grid()).size()).isEqualTo(2);
        Map<String, String> parameters = mine();
        parameters.put("unit", "TNI");
        open(parameters);
        assertThat($(Paragraph.class).id("audit-error").isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("officer")
    void an_officer_cannot_open_the_audit_view() {
        UI.getCurrent().navigate(AuditView.class);
        System.out.println("OFFICER VIEW: " + getCurrentView().getClass() + " "
                + getCurrentView().getElement().getOuterHTML());
        assertThat(getCurrentView()).isNotInstanceOf(AuditView.class);
    }

    @Test
    @WithUserDetails("chair-ninhson")
    void a_ward_chair_cannot_open_the_audit_view() {
        UI.getCurrent().navigate(AuditView.class);
        assertThat(getCurrentView()).isNotInstanceOf(AuditView.class);
    }
}
