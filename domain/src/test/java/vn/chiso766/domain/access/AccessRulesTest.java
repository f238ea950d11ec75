package vn.chiso766.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chiso766.domain.report.ReportStatus;
import vn.chiso766.domain.unit.Unit;
import vn.chiso766.domain.unit.UnitKind;
import vn.chiso766.domain.unit.UnitTree;

class AccessRulesTest {

    private static final LocalDate START = LocalDate.of(2000, 1, 1);
    private final AccessRules rules = new AccessRules(UnitTree.of(List.of(
            new Unit("P", "Tỉnh", UnitKind.PROVINCE, null, START, null),
            new Unit("D", "Thành phố", UnitKind.DISTRICT, "P", START, null),
            new Unit("D.NS", "Phường Ninh Sơn", UnitKind.WARD, "D", START, null),
            new Unit("D.HN", "Phường Hiệp Ninh", UnitKind.WARD, "D", START, null),
            new Unit("E", "Huyện khác", UnitKind.DISTRICT, "P", START, null),
            new Unit("E.X", "Xã khác", UnitKind.COMMUNE, "E", START, null))));

    private final Grant admin = new Grant(Role.ADMIN, "P");
    private final Grant leader = new Grant(Role.LEADER, "D");
    private final Grant officer = new Grant(Role.OFFICER, "D");
    private final Grant chair = new Grant(Role.WARD_CHAIR, "D.NS");

    @Test
    void leaders_and_officers_rank_and_read_only_under_their_scope() {
        assertThat(rules.canRank(leader, "D")).isTrue();
        assertThat(rules.canRank(leader, "P")).isFalse();
        assertThat(rules.canRank(officer, "E")).isFalse();
        assertThat(rules.canReadReport(leader, "D.HN", ReportStatus.SUBMITTED)).isTrue();
        assertThat(rules.canReadReport(leader, "E.X", ReportStatus.APPROVED)).isFalse();
        assertThat(rules.canSeeUnit(officer, "E.X")).isFalse();
    }

    @Test
    void a_ward_chair_ranks_the_parent_and_reads_only_approved_reports_of_the_wards_beside() {
        assertThat(rules.canRank(chair, "D")).isTrue();
        assertThat(rules.canRank(chair, "P")).isFalse();
        assertThat(rules.canRank(chair, "E")).isFalse();
        assertThat(rules.canReadReport(chair, "D.NS", ReportStatus.DRAFT)).isTrue();
        assertThat(rules.canReadReport(chair, "D.HN", ReportStatus.APPROVED)).isTrue();
        assertThat(rules.canReadReport(chair, "D.HN", ReportStatus.SUBMITTED)).isFalse();
        assertThat(rules.canReadReport(chair, "E.X", ReportStatus.APPROVED)).isFalse();
        assertThat(rules.canSeeUnit(chair, "D.HN")).isTrue();
        assertThat(rules.canSeeUnit(chair, "E.X")).isFalse();
    }

    @Test
    void only_officers_and_the_ward_itself_edit_and_only_officers_approve() {
        assertThat(rules.canEditReport(officer, "D.HN")).isTrue();
        assertThat(rules.canEditReport(officer, "E.X")).isFalse();
        assertThat(rules.canEditReport(chair, "D.NS")).isTrue();
        assertThat(rules.canEditReport(chair, "D.HN")).isFalse();
        assertThat(rules.canEditReport(leader, "D.NS")).isFalse();
        assertThat(rules.canEditReport(admin, "D.NS")).isFalse();
        assertThat(rules.canApproveReport(officer, "D.NS")).isTrue();
        assertThat(rules.canApproveReport(chair, "D.NS")).isFalse();
    }

    @Test
    void the_admin_reads_everything_and_audit_is_for_admin_and_leaders_in_scope() {
        assertThat(rules.canRank(admin, "E")).isTrue();
        assertThat(rules.canReadReport(admin, "E.X", ReportStatus.DRAFT)).isTrue();
        assertThat(rules.canReadAudit(admin, "E.X")).isTrue();
        assertThat(rules.canReadAudit(leader, "D.NS")).isTrue();
        assertThat(rules.canReadAudit(leader, "E.X")).isFalse();
        assertThat(rules.canReadAudit(officer, "D.NS")).isFalse();
        assertThat(rules.canReadAudit(chair, "D.NS")).isFalse();
    }
}
