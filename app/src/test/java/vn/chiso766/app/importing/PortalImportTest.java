package vn.chiso766.app.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.chiso766.app.AppTest;
import vn.chiso766.app.ranking.RankingResult;
import vn.chiso766.app.ranking.RankingService;
import vn.chiso766.domain.access.Role;
import vn.chiso766.domain.heatmap.CriteriaHeatmap;
import vn.chiso766.domain.heatmap.HeatRow;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.ranking.RankingRow;
import vn.chiso766.reporting.portal.PortalEvaluationReader;
import vn.chiso766.reporting.portal.PortalSnapshot;
import vn.chiso766.reporting.portal.PortalUnitScore;

/**
 * The real portal files of ../shared/data/portal-766 through the import pipeline as the admin: units created under
 * the country and Gia Lai, scores stored for the year as published, and ranked as the portal ranks them.
 */
@AppTest
class PortalImportTest {

    static final String COMMUNES = "gia_lai/communes_2026-10-10.json";
    static final String COMMUNES_SEPTEMBER = "gia_lai/communes_2026-09-24.json";
    static final String AGENCIES = "gia_lai/agencies_2026-10-10.json";

    @Autowired
    ImportService imports;

    @Autowired
    RankingService rankings;

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationEventPublisher events;

    private JdbcTemplate jdbc;

    @BeforeEach
    void signInAsAdminWithoutTheCountry() {
        jdbc = new JdbcTemplate(dataSource);
        RealPortalFiles.removeCountry(jdbc, events);
        ImportTestData.signInAs(Role.ADMIN, "");
    }

    @AfterEach
    void removeWhatWasImported() {
        ImportTestData.signOut();
        RealPortalFiles.removeCountry(jdbc, events);
    }

    private static PortalSnapshot snapshot(String file) throws Exception {
        return new PortalEvaluationReader().read(RealPortalFiles.file(file));
    }

    @Test
    void the_135_gia_lai_communes_are_imported_and_ranked_in_the_portals_order() throws Exception {
        byte[] bytes = RealPortalFiles.bytes(COMMUNES);

        ImportPreview preview = imports.preview("communes_2026-10-10.json", bytes, null);

        assertThat(preview.format()).isEqualTo(ImportFormat.PORTAL);
        assertThat(preview.issues()).isEmpty();
        assertThat(preview.rows()).hasSize(135).extracting(ImportRow::status).containsOnly(RowStatus.NEW);
        assertThat(preview.unitsToCreate()).hasSize(137);
        assertThat(preview.unitsToCreate().subList(0, 2))
                .extracting(u -> u.code() + " " + u.name() + " " + u.kind() + " " + u.parentCode())
                .containsExactly("VN Việt Nam COUNTRY null", "H21 UBND tỉnh Gia Lai PROVINCE VN");

        imports.commit("communes_2026-10-10.json", bytes, null);

        RankingResult result = rankings.rank("H21", Period.parse("2026")).orElseThrow();
        List<RankingRow> rows = result.table().rows();
        assertThat(rows).hasSize(135);
        List<BigDecimal> portalOrder = snapshot(COMMUNES).units().stream()
                .sorted(Comparator.comparingInt(PortalUnitScore::rank))
                .map(u -> u.totalScore().setScale(2))
                .toList();
        assertThat(rows).extracting(RankingRow::total).containsExactlyElementsOf(portalOrder);
        CriteriaHeatmap heatmap = CriteriaHeatmap.of(result.table());
        assertThat(heatmap.rows().stream().mapToInt(r -> r.cells().size()).sum())
                .isEqualTo(810);
        assertThat(rows.getLast().unit().name()).isEqualTo("UBND xã Phù Mỹ");
        assertThat(rows.getLast().weakest().criterion().code()).isEqualTo("MDHL");
        HeatRow last = heatmap.rows().getLast();
        assertThat(last.cells().stream()
                        .filter(c -> c.weakest())
                        .findFirst()
                        .orElseThrow()
                        .value()
                        .criterion()
                        .code())
                .isEqualTo("MDHL");
    }

    @Test
    void the_snapshot_date_and_the_file_with_its_hash_are_kept_with_each_card() {
        byte[] bytes = RealPortalFiles.bytes(COMMUNES);
        String sha256 = imports.commit("communes_2026-10-10.json", bytes, null)
                .preview()
                .sha256();

        var card = jdbc.queryForMap(
                "select s.snapshot_date, s.source, s.period, s.period_kind from score_card s join unit u on u.id = s.unit_id"
                        + " where u.code = 'H21.227'");

        assertThat(card.get("snapshot_date").toString())
                .isEqualTo(LocalDate.of(2026, 10, 10).toString());
        assertThat(card.get("source")).isEqualTo("file:communes_2026-10-10.json sha256:" + sha256);
        assertThat(card.get("period")).isEqualTo("2026");
        assertThat(card.get("period_kind")).isEqualTo("YEAR");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where source = 'file:communes_2026-10-10.json'"
                                + " and source_sha256 = ?",
                        Long.class,
                        sha256))
                .isEqualTo(135 + 137);
    }

    @Test
    void importing_the_same_file_again_changes_nothing() {
        byte[] bytes = RealPortalFiles.bytes(COMMUNES);
        imports.commit("communes_2026-10-10.json", bytes, null);
        Long cards = jdbc.queryForObject("select count(*) from score_card", Long.class);
        Long audit = jdbc.queryForObject("select count(*) from audit_event", Long.class);

        ImportPreview again = imports.preview("communes_2026-10-10.json", bytes, null);
        ImportOutcome outcome = imports.commit("communes_2026-10-10.json", bytes, null);

        assertThat(again.rows()).extracting(ImportRow::status).containsOnly(RowStatus.UNCHANGED);
        assertThat(again.unitsToCreate()).isEmpty();
        assertThat(outcome.counts().unchanged()).isEqualTo(135);
        assertThat(jdbc.queryForObject("select count(*) from score_card", Long.class))
                .isEqualTo(cards);
        assertThat(jdbc.queryForObject("select count(*) from audit_event", Long.class))
                .isEqualTo(audit);
    }

    @Test
    void satisfaction_above_its_maximum_on_2026_09_24_is_flagged_76_times_and_stored_unclamped() {
        byte[] bytes = RealPortalFiles.bytes(COMMUNES_SEPTEMBER);

        ImportPreview preview = imports.preview("communes_2026-09-24.json", bytes, null);

        assertThat(preview.hasErrors()).isFalse();
        List<ImportIssue> warnings = preview.issues();
        assertThat(warnings).hasSize(76).allSatisfy(w -> {
            assertThat(w.severity()).isEqualTo(Severity.WARNING);
            assertThat(w.field()).isEqualTo("groupScores.MDHL");
        });
        assertThat(warnings.getFirst().describe(Locale.ENGLISH))
                .matches(
                        "communes_2026-09-24\\.json, communes\\[\\d+], groupScores\\.MDHL: Group MDHL \\(Satisfaction\\):"
                                + " 18\\.\\d+ points is outside the allowed range 0 to 18\\. This is the value the portal"
                                + " published; it is stored as it is, not capped\\.");

        imports.commit("communes_2026-09-24.json", bytes, null);

        assertThat(jdbc.queryForObject(
                        "select count(*) from score_card_group g join score_card s on s.id = g.score_card_id"
                                + " join unit u on u.id = s.unit_id where u.code like 'H21.%' and g.criterion_code = 'MDHL'"
                                + " and g.points > 18",
                        Long.class))
                .isEqualTo(76);
        assertThat(jdbc.queryForObject(
                        "select g.points from score_card_group g join score_card s on s.id = g.score_card_id"
                                + " join unit u on u.id = s.unit_id where u.name = 'UBND xã Ia Chía'"
                                + " and g.criterion_code = 'MDHL'",
                        BigDecimal.class))
                .isEqualByComparingTo("18.42");
    }

    @Test
    void a_later_snapshot_of_the_same_year_changes_the_cards_it_moves() {
        imports.commit("communes_2026-09-24.json", RealPortalFiles.bytes(COMMUNES_SEPTEMBER), null);

        ImportPreview october = imports.preview("communes_2026-10-10.json", RealPortalFiles.bytes(COMMUNES), null);

        assertThat(october.rows()).extracting(ImportRow::status).containsOnly(RowStatus.CHANGED);
        assertThat(october.unitsToCreate()).isEmpty();
    }

    @Test
    void the_agencies_of_gia_lai_join_the_communes_under_the_province() {
        imports.commit("communes_2026-10-10.json", RealPortalFiles.bytes(COMMUNES), null);

        ImportOutcome agencies = imports.commit("agencies_2026-10-10.json", RealPortalFiles.bytes(AGENCIES), null);

        assertThat(agencies.counts().created()).isEqualTo(14);
        assertThat(agencies.counts().unitsCreated()).isEqualTo(14);
        assertThat(rankings.rank("H21", Period.parse("2026"))
                        .orElseThrow()
                        .table()
                        .rows())
                .hasSize(149);
    }

    @Test
    void an_officer_may_not_create_the_country_and_nothing_is_written() {
        byte[] bytes = RealPortalFiles.bytes(COMMUNES);
        ImportTestData.signInAs(Role.OFFICER, "TNI.TPTN");
        Long units = jdbc.queryForObject("select count(*) from unit", Long.class);

        assertThatThrownBy(() -> imports.commit("communes_2026-10-10.json", bytes, null))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.preview().errors().getFirst().describe(Locale.ENGLISH))
                                .isEqualTo(
                                        "communes_2026-10-10.json, metadata: The unit VN does not exist yet, and you may not"
                                                + " create units under —."));
        assertThat(jdbc.queryForObject("select count(*) from unit", Long.class)).isEqualTo(units);
    }
}
