package vn.chiso766.app.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.chiso766.app.AppTest;
import vn.chiso766.app.i18n.TranslatableException;
import vn.chiso766.app.report.ReportService;
import vn.chiso766.app.report.WardReport;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.report.ReportStatus;

@AppTest
@WithUserDetails("officer")
class ReportEntryServiceTest {

    private static final String WARD = "TNI.TPTN.P2";
    private static final String OWN_WARD = "TNI.TPTN.NINHSON";
    private static final Period.Month MONTH = Period.month(2003, 5);

    @Autowired
    ReportEntryService service;

    @Autowired
    ReportService reports;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void removeWhatTheTestWrote() {
        IntakeData data = IntakeData.of(context);
        data.remove(WARD, MONTH.code());
        data.remove(WARD, MONTH.previous().code());
        data.remove(OWN_WARD, MONTH.code());
    }

    @Test
    void a_new_month_starts_from_the_units_name_and_the_months_title() {
        ReportForm form = service.load(WARD, MONTH);
        assertThat(form.getStatus()).isNull();
        assertThat(form.getReportVersion()).isNull();
        assertThat(form.getIssuingBody()).isEqualTo("ỦY BAN NHÂN DÂN PHƯỜNG 2");
        assertThat(form.getTitle())
                .isEqualTo("Kết quả bộ chỉ số phục vụ người dân, doanh nghiệp tháng 05/2003 trên địa bàn phường 2");
    }

    @Test
    void the_officer_saves_a_draft_submits_it_and_approves_it_each_step_audited() {
        IntakeData data = IntakeData.of(context);
        ReportForm form = EntryForms.filled(service.load(WARD, MONTH));

        SavedReport draft = service.saveDraft(WARD, form);
        assertThat(draft.status()).isEqualTo(ReportStatus.DRAFT);
        form.applySaved(draft);
        SavedReport submitted = service.submit(WARD, form);
        assertThat(submitted.status()).isEqualTo(ReportStatus.SUBMITTED);
        SavedReport approved = service.approve(WARD, MONTH, submitted.reportVersion());

        assertThat(approved.status()).isEqualTo(ReportStatus.APPROVED);
        WardReport stored = reports.find(WARD, MONTH).orElseThrow();
        assertThat(stored.report().status()).isEqualTo(ReportStatus.APPROVED);
        assertThat(stored.card().total()).isEqualByComparingTo("84.1");
        assertThat(stored.card().figures().electronicResultRate()).isEqualByComparingTo("96.21");
        assertThat(stored.report().measures().getFirst().responsible()).isEqualTo("Bộ phận Một cửa");
        assertThat(data.reports(WARD, MONTH.code())).isOne();
        // Draft: report and card created; submit: both updated; approval: the report.
        assertThat(data.auditEntries(WARD, MONTH.code())).isEqualTo(5);
        assertThat(data.auditSource("report", WARD, MONTH.code())).isEqualTo("form ");
    }

    @Test
    void the_office_returns_a_submitted_report_with_a_comment_the_ward_then_sees() {
        ReportForm form = EntryForms.filled(service.load(WARD, MONTH));
        SavedReport submitted = service.submit(WARD, form);

        SavedReport returned =
                service.returnToWard(WARD, MONTH, submitted.reportVersion(), "Thiếu số liệu chứng thực điện tử.");

        assertThat(returned.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(returned.returnComment()).isEqualTo("Thiếu số liệu chứng thực điện tử.");
        ReportForm again = service.load(WARD, MONTH);
        assertThat(again.getStatus()).isEqualTo(ReportStatus.DRAFT);
        assertThat(again.getReturnComment()).isEqualTo("Thiếu số liệu chứng thực điện tử.");
        assertThat(reports.find(WARD, MONTH).orElseThrow().returnComment())
                .isEqualTo("Thiếu số liệu chứng thực điện tử.");

        SavedReport resubmitted = service.submit(WARD, EntryForms.filled(again));
        assertThat(resubmitted.returnComment())
                .as("submitting again answers the comment")
                .isNull();
    }

    @Test
    void returning_needs_a_comment() {
        SavedReport submitted = service.submit(WARD, EntryForms.filled(service.load(WARD, MONTH)));
        assertThatThrownBy(() -> service.returnToWard(WARD, MONTH, submitted.reportVersion(), "  "))
                .isInstanceOfSatisfying(
                        TranslatableException.class, e -> assertThat(e.key()).isEqualTo("entry.commentRequired"));
    }

    @Test
    void the_second_of_two_saves_from_the_same_version_is_refused_and_writes_nothing() {
        ReportForm first = EntryForms.filled(service.load(WARD, MONTH));
        service.saveDraft(WARD, first);
        ReportForm mine = EntryForms.filled(service.load(WARD, MONTH));
        ReportForm theirs = EntryForms.filled(service.load(WARD, MONTH));
        theirs.setGroup("TTTT", new BigDecimal("5.5"));
        service.saveDraft(WARD, theirs);

        mine.setGroup("TTTT", new BigDecimal("6.1"));
        mine.setSignerName("Trần Thị Lan");
        assertThatThrownBy(() -> service.saveDraft(WARD, mine))
                .isInstanceOf(EditConflictException.class)
                .satisfies(e -> assertThat(((TranslatableException) e).key()).isEqualTo("entry.conflict"));

        // The refused form keeps what was entered; the stored report is the other person's.
        assertThat(mine.getGroup("TTTT")).isEqualByComparingTo("6.1");
        assertThat(mine.getSignerName()).isEqualTo("Trần Thị Lan");
        WardReport stored = reports.find(WARD, MONTH).orElseThrow();
        assertThat(stored.card().groups().get("TTTT").orElseThrow()).isEqualByComparingTo("5.5");
        assertThat(stored.report().signer().name()).isEqualTo("Nguyễn Văn Minh");
    }

    @Test
    void two_people_starting_the_same_new_report_cannot_both_create_it() {
        ReportForm mine = EntryForms.filled(service.load(WARD, MONTH));
        ReportForm theirs = EntryForms.filled(service.load(WARD, MONTH));
        service.saveDraft(WARD, theirs);

        assertThatThrownBy(() -> service.saveDraft(WARD, mine)).isInstanceOf(EditConflictException.class);
        assertThat(IntakeData.of(context).reports(WARD, MONTH.code())).isOne();
    }

    @Test
    void a_submitted_report_is_not_changed_by_saving_a_draft() {
        ReportForm form = EntryForms.filled(service.load(WARD, MONTH));
        form.applySaved(service.submit(WARD, form));

        assertThatThrownBy(() -> service.saveDraft(WARD, form))
                .isInstanceOfSatisfying(
                        TranslatableException.class, e -> assertThat(e.key()).isEqualTo("entry.notEditable"));
    }

    @Test
    void a_score_above_its_maximum_is_refused() {
        ReportForm form = EntryForms.filled(service.load(WARD, MONTH));
        form.setGroup("MDHL", new BigDecimal("18.5"));

        assertThatThrownBy(() -> service.saveDraft(WARD, form))
                .isInstanceOfSatisfying(
                        TranslatableException.class, e -> assertThat(e.key()).isEqualTo("entry.invalidScores"));
        assertThat(IntakeData.of(context).reports(WARD, MONTH.code())).isZero();
    }

    @Test
    void the_change_is_computed_against_last_months_card() {
        ReportForm april = EntryForms.filled(service.load(WARD, MONTH.previous()));
        april.setGroup("TTTT", new BigDecimal("3.9"));
        service.saveDraft(WARD, april);

        ReportForm may = EntryForms.filled(service.load(WARD, MONTH));
        assertThat(may.getPreviousTotal()).isEqualByComparingTo("83.1");
        service.saveDraft(WARD, may);

        assertThat(reports.find(WARD, MONTH).orElseThrow().card().statedChange())
                .isEqualByComparingTo("1.0");
    }

    @Test
    @WithUserDetails("chair-ninhson")
    void a_ward_chair_enters_and_submits_the_own_ward_but_may_not_approve_it() {
        ReportForm form = EntryForms.filled(service.load(OWN_WARD, MONTH));
        SavedReport submitted = service.submit(OWN_WARD, form);

        assertThat(submitted.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThatThrownBy(() -> service.approve(OWN_WARD, MONTH, submitted.reportVersion()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("chair-ninhson")
    void a_ward_chair_may_not_open_or_save_another_wards_report() {
        assertThatThrownBy(() -> service.load(WARD, MONTH)).isInstanceOf(AccessDeniedException.class);
        ReportForm forged = EntryForms.filled(new ReportForm(WARD, "Phường 2", MONTH));
        assertThatThrownBy(() -> service.saveDraft(WARD, forged)).isInstanceOf(AccessDeniedException.class);
        assertThat(IntakeData.of(context).reports(WARD, MONTH.code())).isZero();
    }

    @Test
    @WithUserDetails("leader")
    void a_leader_reads_but_does_not_enter_reports() {
        assertThatThrownBy(() -> service.load(WARD, MONTH)).isInstanceOf(AccessDeniedException.class);
        ReportForm forged = EntryForms.filled(new ReportForm(WARD, "Phường 2", MONTH));
        forged.setIssuingBody("ỦY BAN NHÂN DÂN PHƯỜNG 2");
        assertThatThrownBy(() -> service.saveDraft(WARD, forged)).isInstanceOf(AccessDeniedException.class);
    }
}
