package vn.chiso766.app.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chiso766.app.importing.ImportTestData.HEADER;
import static vn.chiso766.app.importing.ImportTestData.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import vn.chiso766.app.AppTest;
import vn.chiso766.app.ranking.RankingService;
import vn.chiso766.domain.access.Role;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.ranking.RankingRow;

/** Spreadsheets made in the test, previewed and committed through the service against the real database. */
@AppTest
class SpreadsheetImportTest {

    @Autowired
    ImportService imports;

    @Autowired
    RankingService rankings;

    @Autowired
    ApplicationContext context;

    private ImportTestData data;

    @BeforeEach
    void createProvince() {
        data = ImportTestData.create(context, 3);
        ImportTestData.signInAs(Role.OFFICER, data.district);
    }

    @AfterEach
    void removeProvince() {
        ImportTestData.signOut();
        data.removeAll();
    }

    private byte[] twoWards() {
        return csv(
                HEADER,
                data.row(1, "2024-02", "16,7", "19,4", "7,3", "4,9", "18", "17,8"),
                data.row(2, "2024-02", "15", "18,5", "8", "6", "17", "20"));
    }

    @Test
    void new_rows_are_previewed_then_written_with_an_audit_entry_naming_the_file_and_its_hash() {
        ImportPreview preview = imports.preview("thang-02.csv", twoWards(), null);

        assertThat(preview.format()).isEqualTo(ImportFormat.CSV);
        assertThat(preview.issues()).isEmpty();
        assertThat(preview.rows()).extracting(ImportRow::status).containsExactly(RowStatus.NEW, RowStatus.NEW);
        assertThat(preview.rows().getFirst().location()).isEqualTo(IssueLocation.line(2));
        assertThat(preview.rows().getFirst().card().total()).isEqualByComparingTo("84.1");
        assertThat(data.cardsOfProvince()).isZero();

        ImportOutcome outcome = imports.commit("thang-02.csv", twoWards(), null);

        assertThat(outcome.counts().created()).isEqualTo(2);
        assertThat(outcome.affected())
                .containsExactly(
                        new AffectedRanking(data.district, "Huyện thử " + data.province, Period.month(2024, 2)));
        assertThat(data.cardsOfProvince()).isEqualTo(2);
        List<String> sources = data.jdbc()
                .queryForList(
                        "select concat(action, ' ', source, ' ', source_sha256, ' ', actor) from audit_event"
                                + " where entity_type = 'scoreCard' and unit_code like ? order by id",
                        String.class,
                        data.province + "%");
        assertThat(sources)
                .hasSize(2)
                .allSatisfy(s -> assertThat(s)
                        .isEqualTo("CREATE file:thang-02.csv " + preview.sha256() + " import-test-officer"));
        assertThat(data.jdbc()
                        .queryForObject(
                                "select s.source from score_card s join unit u on u.id = s.unit_id where u.code = ?",
                                String.class,
                                data.ward(1)))
                .isEqualTo("file:thang-02.csv sha256:" + preview.sha256());
        List<RankingRow> ranked = rankings.rank(data.district, Period.month(2024, 2))
                .orElseThrow()
                .table()
                .rows();
        // 84.5 before 84.1; the third ward has no card and is listed as missing.
        assertThat(ranked).extracting(r -> r.unit().code()).containsExactly(data.ward(2), data.ward(1));
    }

    @Test
    void importing_the_same_file_again_changes_nothing() {
        imports.commit("thang-02.csv", twoWards(), null);
        long audit = data.auditRows();

        ImportPreview again = imports.preview("thang-02.csv", twoWards(), null);
        ImportOutcome outcome = imports.commit("thang-02.csv", twoWards(), null);

        assertThat(again.rows()).extracting(ImportRow::status).containsOnly(RowStatus.UNCHANGED);
        assertThat(again.hasChanges()).isFalse();
        assertThat(outcome.counts().unchanged()).isEqualTo(2);
        assertThat(data.auditRows()).isEqualTo(audit);
    }

    @Test
    void a_changed_score_is_shown_as_changed_and_committed_with_before_and_after_in_the_audit() {
        imports.commit("thang-02.csv", twoWards(), null);
        byte[] corrected = csv(
                HEADER,
                data.row(1, "2024-02", "16,7", "19,4", "7,3", "4,9", "18", "17,8"),
                data.row(2, "2024-02", "15", "18,5", "8", "6", "17", "21,5"));

        ImportPreview preview = imports.preview("thang-02-sua.csv", corrected, null);
        imports.commit("thang-02-sua.csv", corrected, null);

        assertThat(preview.rows())
                .extracting(ImportRow::status)
                .containsExactly(RowStatus.UNCHANGED, RowStatus.CHANGED);
        assertThat(preview.rows().get(1).stored().total()).isEqualByComparingTo("84.5");
        assertThat(preview.rows().get(1).card().total()).isEqualByComparingTo("86");
        String update = data.jdbc()
                .queryForObject(
                        "select concat(before_state, ' => ', after_state) from audit_event"
                                + " where action = 'UPDATE' and entity_key = ?",
                        String.class,
                        data.ward(2) + "/2024-02");
        assertThat(update)
                .contains("\"total\":84.50")
                .contains("\"total\":86.00")
                .contains("thang-02-sua.csv");
    }

    @Test
    void an_xlsx_with_decimal_points_gives_the_same_cards_as_the_csv_with_decimal_commas() throws IOException {
        imports.commit("thang-02.csv", twoWards(), null);
        byte[] xlsx = xlsx(List.of(
                List.of(
                        "ma don vi",
                        "KỲ",
                        "ckmb",
                        "TDGQ",
                        "Dịch vụ công trực tuyến",
                        "TTTT",
                        "mdhl",
                        "Số hoá hồ sơ (MDSH)"),
                List.of(data.ward(1), "2024-02", 16.7, 19.4, 7.3, 4.9, 18, 17.8),
                List.of(data.ward(2), "2024-02", "15", "18.5", 8, 6, 17, 20)));

        ImportPreview preview = imports.preview("thang-02.xlsx", xlsx, null);

        assertThat(preview.format()).isEqualTo(ImportFormat.XLSX);
        assertThat(preview.issues()).isEmpty();
        assertThat(preview.rows()).extracting(ImportRow::status).containsOnly(RowStatus.UNCHANGED);
        assertThat(preview.rows().getFirst().location()).isEqualTo(IssueLocation.row(2));
    }

    @Test
    void a_unit_given_by_its_exact_name_alone_is_matched_and_a_name_that_contradicts_the_code_is_refused() {
        String byName = ";" + data.wardName(3) + ";2024-03;10;10;10;10;10;10";
        String contradicting = data.ward(1) + ";" + data.wardName(2) + ";2024-03;10;10;10;10;10;10";

        ImportPreview preview = imports.preview("ten.csv", csv(HEADER, byName, contradicting), null);

        assertThat(preview.rows().get(0).unitCode()).isEqualTo(data.ward(3));
        assertThat(preview.rows().get(0).status()).isEqualTo(RowStatus.NEW);
        assertThat(preview.rows().get(1).status()).isEqualTo(RowStatus.ERROR);
        assertThat(preview.rows().get(1).issues().getFirst().describe(Locale.ENGLISH))
                .isEqualTo("ten.csv, line 3, Tên đơn vị: The code " + data.ward(1) + " is the unit “" + data.wardName(1)
                        + "”, but the row names “" + data.wardName(2) + "”: correct the code or the name.");
    }

    @Test
    void figures_the_file_has_no_column_for_stay_as_stored_and_a_stated_total_is_checked() {
        byte[] withFigures = csv(
                HEADER + ";Tổng điểm;Số hồ sơ trong kỳ;Tỷ lệ hài lòng (%)",
                data.row(1, "2024-02", "16,7", "19,4", "7,3", "4,9", "18", "17,8") + ";84,1;180;99,5");
        imports.commit("day-du.csv", withFigures, null);

        ImportPreview scoresOnly = imports.preview(
                "chi-diem.csv", csv(HEADER, data.row(1, "2024-02", "16,7", "19,4", "7,3", "4,9", "18", "17,8")), null);
        ImportPreview wrongTotal = imports.preview(
                "sai-tong.csv",
                csv(HEADER + ";Tổng điểm", data.row(1, "2024-02", "16,7", "19,4", "7,3", "4,9", "18", "17,8") + ";85"),
                null);

        assertThat(scoresOnly.rows().getFirst().status()).isEqualTo(RowStatus.UNCHANGED);
        assertThat(scoresOnly.rows().getFirst().card().figures().dossiers()).isEqualTo(180);
        assertThat(wrongTotal.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("Tổng điểm");
            assertThat(e.message().in(Locale.ENGLISH))
                    .isEqualTo("The stated total 85 differs from the sum of the groups 84.1 by more than 0.05.");
        });
    }

    @Test
    void a_ward_chair_imports_the_own_ward_and_a_row_of_another_ward_is_an_error_of_that_row() {
        ImportTestData.signInAs(Role.WARD_CHAIR, data.ward(1));

        ImportPreview preview = imports.preview("hai-phuong.csv", twoWards(), null);

        assertThat(preview.rows()).extracting(ImportRow::status).containsExactly(RowStatus.NEW, RowStatus.ERROR);
        assertThat(preview.rows().get(1).issues().getFirst().describe(Locale.ENGLISH))
                .isEqualTo("hai-phuong.csv, line 3, Mã đơn vị: You may not import scores for " + data.ward(2) + " ("
                        + data.wardName(2) + "): it is outside your scope.");
        assertThatThrownBy(() -> imports.commit("hai-phuong.csv", twoWards(), null))
                .isInstanceOf(ImportRejectedException.class);
        assertThat(data.cardsOfProvince()).isZero();
    }

    @Test
    void an_officer_of_another_district_may_not_import_these_wards() {
        ImportTestData.signInAs(Role.OFFICER, "TNI.TPTN");

        ImportPreview preview = imports.preview("khac.csv", twoWards(), null);

        assertThat(preview.rows()).extracting(ImportRow::status).containsOnly(RowStatus.ERROR);
        assertThat(preview.errors().getFirst().message().in(Locale.forLanguageTag("vi-VN")))
                .startsWith("Bạn không được nhập số liệu cho " + data.ward(1));
    }

    @Test
    void a_leader_may_not_import_at_all() {
        ImportTestData.signInAs(Role.LEADER, data.district);

        assertThatThrownBy(() -> imports.preview("x.csv", twoWards(), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.commit("x.csv", twoWards(), null)).isInstanceOf(AccessDeniedException.class);
    }

    static byte[] xlsx(List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
