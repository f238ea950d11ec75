package vn.chiso766.app.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.chiso766.app.AppTest;
import vn.chiso766.app.demo.ReportText;
import vn.chiso766.app.i18n.TranslatableException;
import vn.chiso766.app.report.ReportService;
import vn.chiso766.app.report.WardReport;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.report.ReportStatus;
import vn.chiso766.domain.score.Violation;
import vn.chiso766.domain.score.ViolationType;
import vn.chiso766.reporting.document.DocumentFormat;
import vn.chiso766.reporting.document.ProblemType;

@AppTest
@WithUserDetails("officer")
class ReportDocumentServiceTest {

    private static final String WARD = "TNI.TPTN.P2";
    private static final String WARD_NAME = "Phường 2";
    private static final Period.Month MONTH = Period.month(2005, 3);
    private static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    ReportDocumentService documents;

    @Autowired
    ReportEntryService entry;

    @Autowired
    ReportService reports;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void removeWhatTheTestWrote() {
        IntakeData data = IntakeData.of(context);
        data.remove(WARD, MONTH.code());
        data.remove(WARD, MONTH.previous().code());
        data.remove("TNI.TPTN.NINHSON", MONTH.code());
    }

    private static byte[] document(String wardName) {
        return ReportText.bytes(ReportText.seedFor(wardName, MONTH));
    }

    @Test
    void the_preview_matches_the_ward_and_flags_the_named_lowest_group_and_saves_nothing() {
        DocumentPreview preview = documents.preview("bao-cao-p2.txt", document(WARD_NAME));

        assertThat(preview.canConfirm()).isTrue();
        assertThat(preview.unit().code()).isEqualTo(WARD);
        assertThat(preview.extraction().period().value()).isEqualTo(MONTH);
        assertThat(preview.flags()).extracting(Violation::type).containsExactly(ViolationType.NAMED_LOWEST_NOT_WEAKEST);
        assertThat(preview.sha256()).hasSize(64);
        assertThat(IntakeData.of(context).reports(WARD, MONTH.code())).isZero();
    }

    @Test
    void the_stated_change_is_checked_against_last_months_card() {
        ReportForm february = EntryForms.filled(entry.load(WARD, MONTH.previous()));
        february.setGroup("TTTT", new BigDecimal("2.9"));
        entry.saveDraft(WARD, february);

        DocumentPreview preview = documents.preview("bao-cao.txt", document(WARD_NAME));

        // Last month's card totals 82,1, so the change is +2,0, not the −1,5 the document states.
        assertThat(preview.flags()).extracting(Violation::type).contains(ViolationType.CHANGE_MISMATCH);
        assertThat(preview.flags().stream()
                        .filter(f -> f.type() == ViolationType.CHANGE_MISMATCH)
                        .findFirst()
                        .orElseThrow()
                        .message(VI))
                .contains("-1,5")
                .contains("2");
    }

    @Test
    void groups_that_do_not_add_up_to_the_stated_total_are_flagged() {
        String text = ReportText.seedFor(WARD_NAME, MONTH)
                .replace("- Mức độ hài lòng: 18/18 điểm;", "- Mức độ hài lòng: 17/18 điểm;");

        DocumentPreview preview = documents.preview("tong.txt", ReportText.bytes(text));

        assertThat(preview.canConfirm()).isTrue();
        assertThat(preview.flags()).extracting(Violation::type).contains(ViolationType.TOTAL_MISMATCH);
    }

    @Test
    void confirming_saves_the_report_and_card_as_a_draft_audited_with_the_file_and_its_hash() {
        byte[] file = document(WARD_NAME);
        DocumentPreview preview = documents.preview("bao-cao-p2.docx.txt", file);

        SavedReport saved =
                documents.confirm(WARD, "bao-cao-p2.docx.txt", file, preview.reportVersion(), preview.cardVersion());

        assertThat(saved.status()).isEqualTo(ReportStatus.DRAFT);
        WardReport stored = reports.find(WARD, MONTH).orElseThrow();
        assertThat(stored.report().status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(stored.report().causes()).hasSize(3);
        assertThat(stored.report().signer().name()).isEqualTo("Nguyễn Văn Minh");
        assertThat(stored.card().total()).isEqualByComparingTo("84.1");
        assertThat(stored.card().figures().dossiers()).isEqualTo(180);
        IntakeData data = IntakeData.of(context);
        assertThat(data.auditSource("report", WARD, MONTH.code()))
                .isEqualTo("file:bao-cao-p2.docx.txt " + preview.sha256());
        assertThat(data.auditSource("scoreCard", WARD, MONTH.code()))
                .isEqualTo("file:bao-cao-p2.docx.txt " + preview.sha256());
    }

    @Test
    void a_word_document_with_its_figures_in_a_table_is_imported_like_the_text() {
        byte[] docx = WordDocument.of(ReportText.seedFor(WARD_NAME, MONTH));

        DocumentPreview preview = documents.preview("bao-cao-p2.docx", docx);
        assertThat(preview.extraction().format()).isEqualTo(DocumentFormat.DOCX);
        assertThat(preview.canConfirm()).isTrue();
        documents.confirm(WARD, "bao-cao-p2.docx", docx, null, null);

        WardReport stored = reports.find(WARD, MONTH).orElseThrow();
        assertThat(stored.card().figures().electronicResultRate()).isEqualByComparingTo("96.21");
        assertThat(stored.card().statedChange()).isEqualByComparingTo("-1.5");
        assertThat(stored.report().recipients())
                .containsExactly("Phòng Nội vụ thành phố;", "Chủ tịch, các PCT UBND phường;", "Lưu: VT.");
    }

    @Test
    void importing_again_replaces_the_draft_and_a_stale_preview_is_refused() {
        byte[] file = document(WARD_NAME);
        DocumentPreview first = documents.preview("a.txt", file);
        documents.confirm(WARD, "a.txt", file, first.reportVersion(), first.cardVersion());
        DocumentPreview second = documents.preview("b.txt", file);
        assertThat(second.storedStatus()).isEqualTo(ReportStatus.DRAFT);

        documents.confirm(WARD, "b.txt", file, second.reportVersion(), second.cardVersion());

        assertThat(IntakeData.of(context).reports(WARD, MONTH.code())).isOne();
        assertThatThrownBy(() -> documents.confirm(WARD, "c.txt", file, second.reportVersion(), second.cardVersion()))
                .isInstanceOf(EditConflictException.class);
    }

    @Test
    void a_submitted_report_is_not_replaced_by_a_document() {
        entry.submit(WARD, EntryForms.filled(entry.load(WARD, MONTH)));

        DocumentPreview preview = documents.preview("bao-cao.txt", document(WARD_NAME));

        assertThat(preview.canConfirm()).isFalse();
        assertThat(preview.refusal().key()).isEqualTo("import.notEditable");
    }

    @Test
    void a_document_with_a_missing_group_line_names_the_line_and_cannot_be_saved() {
        String text = ReportText.seedFor(WARD_NAME, MONTH).replace("- Thanh toán trực tuyến: 4,9/10 điểm;\n", "");
        byte[] file = ReportText.bytes(text);
        IntakeData data = IntakeData.of(context);
        int before = data.reports(WARD, MONTH.code()) + data.cards(WARD, MONTH.code());

        DocumentPreview preview = documents.preview("thieu.txt", file);

        assertThat(preview.canConfirm()).isFalse();
        assertThat(preview.extraction().problems()).singleElement().satisfies(p -> {
            assertThat(p.type()).isEqualTo(ProblemType.GROUP_MISSING);
            assertThat(p.line()).isEqualTo(22);
        });
        assertThatThrownBy(() -> documents.confirm(WARD, "thieu.txt", file, null, null))
                .isInstanceOfSatisfying(
                        TranslatableException.class, e -> assertThat(e.key()).isEqualTo("import.cannotConfirm"));
        assertThat(data.reports(WARD, MONTH.code()) + data.cards(WARD, MONTH.code()))
                .isEqualTo(before);
    }

    @Test
    void a_ward_nobody_may_see_under_that_name_is_unknown_and_the_line_is_named() {
        DocumentPreview preview = documents.preview("la.txt", document("Phường Không Có"));

        assertThat(preview.canConfirm()).isFalse();
        assertThat(preview.refusal().key()).isEqualTo("import.unknownUnit");
        assertThat(preview.refusal().args()).containsExactly("phường Không Có", 9);
    }

    @Test
    @WithUserDetails("chair-ninhson")
    void a_ward_chair_imports_the_own_wards_report() {
        byte[] file = document("Phường Ninh Sơn");
        DocumentPreview preview = documents.preview("ninh-son.txt", file);
        assertThat(preview.canConfirm()).isTrue();

        documents.confirm("TNI.TPTN.NINHSON", "ninh-son.txt", file, null, null);

        assertThat(IntakeData.of(context).reports("TNI.TPTN.NINHSON", MONTH.code()))
                .isOne();
    }

    @Test
    @WithUserDetails("chair-ninhson")
    void a_ward_chair_uploading_another_wards_report_is_refused_with_a_clear_message() {
        byte[] file = document("Phường Hiệp Ninh");

        DocumentPreview preview = documents.preview("hiep-ninh.txt", file);

        assertThat(preview.canConfirm()).isFalse();
        assertThat(preview.refusal().key()).isEqualTo("import.notYours");
        assertThat(preview.refusal().args()).containsExactly("Phường Hiệp Ninh", 9);
        assertThatThrownBy(() -> documents.confirm("TNI.TPTN.HIEPNINH", "hiep-ninh.txt", file, null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(IntakeData.of(context).reports("TNI.TPTN.HIEPNINH", MONTH.code()))
                .isZero();
    }

    @Test
    @WithUserDetails("leader")
    void a_leader_does_not_import() {
        assertThatThrownBy(() -> documents.preview("x.txt", document(WARD_NAME)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
