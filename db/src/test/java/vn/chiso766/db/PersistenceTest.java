package vn.chiso766.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chiso766.db.criteria.CatalogueRepository;
import vn.chiso766.db.embedded.EmbeddedMariaDb;
import vn.chiso766.db.report.MonthlyReportEntity;
import vn.chiso766.db.report.MonthlyReportRepository;
import vn.chiso766.db.score.ScoreCardEntity;
import vn.chiso766.db.score.ScoreCardRepository;
import vn.chiso766.db.unit.UnitEntity;
import vn.chiso766.db.unit.UnitRepository;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.report.MeasureStatus;
import vn.chiso766.domain.report.MonthlyReport;
import vn.chiso766.domain.report.RemediationMeasure;
import vn.chiso766.domain.report.ReportStatus;
import vn.chiso766.domain.report.Signer;
import vn.chiso766.domain.score.GroupScores;
import vn.chiso766.domain.score.OperationalFigures;
import vn.chiso766.domain.score.ScoreCard;
import vn.chiso766.domain.unit.Unit;
import vn.chiso766.domain.unit.UnitKind;

@SpringBootTest(classes = DbTestApplication.class)
class PersistenceTest {

    private static final String PARENT = "TEST.PARENT";
    private static final String WARD = "TEST.PARENT.NINHSON";
    private static final Period.Month FEB = Period.month(2024, 2);

    @Autowired
    DataSource dataSource;

    @Autowired
    EmbeddedMariaDb embedded;

    @Autowired
    Environment environment;

    @Autowired
    UnitRepository units;

    @Autowired
    ScoreCardRepository cards;

    @Autowired
    MonthlyReportRepository reports;

    @Autowired
    CatalogueRepository catalogues;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void removeTestRows() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("delete r from monthly_report r join unit u on u.id = r.unit_id where u.code like 'TEST.%'");
        jdbc.update("delete s from score_card s join unit u on u.id = s.unit_id where u.code like 'TEST.%'");
        jdbc.update("delete from unit where code = ?", WARD);
        jdbc.update("delete from unit where code = ?", PARENT);
    }

    @Test
    void liquibase_migrates_an_empty_database_to_every_table() throws Exception {
        String schema = "chiso766_migration_check";
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + schema);
            statement.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        String url = embedded.jdbcUrl().replace("/" + embedded.database() + "?", "/" + schema + "?");
        try (SingleConnectionDataSource fresh = new SingleConnectionDataSource(url, "root", "", true)) {
            SpringLiquibase liquibase = new SpringLiquibase();
            liquibase.setDataSource(fresh);
            liquibase.setChangeLog("classpath:db/changelog/db.changelog-master.yaml");
            liquibase.setResourceLoader(new DefaultResourceLoader());
            liquibase.afterPropertiesSet();
            Set<String> tables = new TreeSet<>(new JdbcTemplate(fresh)
                    .queryForList(
                            "select table_name from information_schema.tables where table_schema = ?",
                            String.class,
                            schema));
            assertThat(tables)
                    .contains(
                            "criterion_catalogue",
                            "criterion",
                            "unit",
                            "score_card",
                            "score_card_group",
                            "monthly_report",
                            "report_cause",
                            "report_measure",
                            "report_recipient");
            assertThat(new JdbcTemplate(fresh).queryForObject("select count(*) from criterion", Integer.class))
                    .isEqualTo(6);
        } finally {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + schema);
            }
        }
    }

    @Test
    void hibernate_validates_the_schema_at_start_up() {
        assertThat(environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
        assertThat(units.count()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void the_catalogue_is_reference_data_with_the_six_groups_of_decision_766() {
        CriteriaCatalogue catalogue = catalogues.history().forPeriod(FEB);
        assertThat(catalogue).isEqualTo(CriteriaCatalogue.decision766());
    }

    @Test
    void rankings_are_served_by_the_period_and_total_index() throws SQLException {
        List<String> indexColumns = new JdbcTemplate(dataSource)
                .queryForList(
                        "select column_name from information_schema.statistics where table_schema = database()"
                                + " and table_name = 'score_card' and index_name = 'ix_score_card_period_total'"
                                + " order by seq_in_index",
                        String.class);
        assertThat(indexColumns).containsExactly("period", "total");
    }

    @Test
    void a_score_card_round_trips_with_its_groups_figures_and_stated_values() {
        UnitEntity ward = saveWard();
        ScoreCard card = new ScoreCard(
                WARD,
                FEB,
                GroupScores.of(
                        "CKMB", "16.7", "TDGQ", "19.4", "ONLINE", "7.3", "TTTT", "4.9", "MDHL", "18", "MDSH", "17.8"),
                new OperationalFigures(
                        180,
                        0,
                        0,
                        new BigDecimal("100"),
                        new BigDecimal("100"),
                        new BigDecimal("96.21"),
                        new BigDecimal("100"),
                        136,
                        132),
                new BigDecimal("84.1"),
                new BigDecimal("-1.5"));
        cards.save(new ScoreCardEntity(ward, card, "test", false));

        ScoreCardEntity stored = cards.findByUnitAndPeriod(WARD, "2024-02").orElseThrow();
        assertThat(stored.getTotal()).isEqualByComparingTo("84.1");
        assertThat(stored.toDomain(CriteriaCatalogue.decision766())).isEqualTo(card);
        assertThat(cards.findForChildrenOf(PARENT, List.of("2024-02", "2024-01")))
                .extracting(ScoreCardEntity::getId)
                .containsExactly(stored.getId());
    }

    @Test
    void a_report_round_trips_with_vietnamese_text_intact() {
        UnitEntity ward = saveWard();
        MonthlyReport report = new MonthlyReport(
                WARD,
                FEB,
                "ỦY BAN NHÂN DÂN PHƯỜNG NINH SƠN",
                "…/BC-UBND",
                "Ninh Sơn",
                LocalDate.of(2024, 3, 4),
                "Kết quả bộ chỉ số phục vụ người dân, doanh nghiệp tháng 02/2024 trên địa bàn phường Ninh Sơn",
                List.of("Tỷ lệ thanh toán trực tuyến còn thấp; người dân chưa quen sử dụng.", "Đồng bộ hồ sơ chậm."),
                List.of(new RemediationMeasure(
                        "Số hóa hồ sơ theo Thông tư số 01/2023/TT-VPCP — ưu tiên hồ sơ đất đai.",
                        "MDSH",
                        "Bộ phận Một cửa",
                        LocalDate.of(2024, 3, 31),
                        MeasureStatus.IN_PROGRESS)),
                "https://ninhson.thanhpho.tayninh.gov.vn",
                List.of("Phòng Nội vụ thành phố;", "Lưu: VT."),
                new Signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thị Hường"),
                "CKMB",
                "MDHL",
                ReportStatus.SUBMITTED);
        reports.save(new MonthlyReportEntity(ward, report, false));

        // Read in a transaction of its own, as a service does: nothing comes from the writer's session.
        MonthlyReport stored = transactions.execute(status ->
                reports.findByUnitAndPeriod(WARD, "2024-02").orElseThrow().toDomain());
        assertThat(stored).isEqualTo(report);
        assertThat(stored.measures().getFirst().text()).contains("ưu tiên hồ sơ đất đai");
    }

    private UnitEntity saveWard() {
        UnitEntity parent = units.save(new UnitEntity(
                new Unit(PARENT, "Thành phố thử nghiệm", UnitKind.DISTRICT, null, LocalDate.of(2000, 1, 1), null),
                null,
                false));
        return units.save(new UnitEntity(
                new Unit(WARD, "Phường Ninh Sơn (thử)", UnitKind.WARD, PARENT, LocalDate.of(2000, 1, 1), null),
                parent,
                false));
    }
}
