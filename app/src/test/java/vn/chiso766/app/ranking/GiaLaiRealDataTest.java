package vn.chiso766.app.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chiso766.app.AppTest;
import vn.chiso766.app.unit.UnitsChanged;
import vn.chiso766.db.score.ScoreCardEntity;
import vn.chiso766.db.score.ScoreCardRepository;
import vn.chiso766.db.unit.UnitEntity;
import vn.chiso766.db.unit.UnitRepository;
import vn.chiso766.domain.heatmap.CriteriaHeatmap;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.ranking.RankingRow;
import vn.chiso766.domain.ranking.RankingTable;
import vn.chiso766.domain.score.ScoreCard;
import vn.chiso766.domain.unit.Unit;
import vn.chiso766.domain.unit.UnitKind;
import vn.chiso766.reporting.portal.PortalEvaluationReader;
import vn.chiso766.reporting.portal.PortalSnapshot;
import vn.chiso766.reporting.portal.PortalUnitScore;

/**
 * The 135 Gia Lai communes of 2026-10-10 from ../shared/data/portal-766 (skipped when absent), stored in the
 * database and ranked and mapped by the application's own services. Their codes get a prefix of their own so
 * that an import of the same file elsewhere in the suite cannot collide with them.
 */
@AppTest
@WithUserDetails("admin")
class GiaLaiRealDataTest {

    private static final String PROVINCE = "GLTEST";

    @Autowired
    UnitRepository units;

    @Autowired
    ScoreCardRepository cards;

    @Autowired
    RankingService rankings;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @AfterEach
    void removeTheProvince() {
        jdbc.update("delete s from score_card s join unit u on u.id = s.unit_id where u.code like ?", PROVINCE + ".%");
        jdbc.update("delete from unit where code like ?", PROVINCE + ".%");
        jdbc.update("delete from unit where code = ?", PROVINCE);
        events.publishEvent(new UnitsChanged());
    }

    private static Path portalFile(String name) {
        Optional<Path> folder = Stream.of(System.getProperty("shared.data.dir"), "../../shared/data", "../shared/data")
                .filter(p -> p != null && !p.isBlank())
                .map(p -> Path.of(p).resolve("portal-766").normalize())
                .filter(Files::isDirectory)
                .findFirst();
        assumeTrue(folder.isPresent(), "shared/data/portal-766 not present; skipping real-data test");
        return folder.get().resolve(name);
    }

    private PortalSnapshot store(String file) throws IOException {
        PortalSnapshot snapshot = new PortalEvaluationReader().read(portalFile(file));
        transactions.executeWithoutResult(status -> {
            LocalDate start = LocalDate.of(2025, 7, 1);
            UnitEntity province = units.save(new UnitEntity(
                    new Unit(PROVINCE, "Tỉnh Gia Lai (dữ liệu thật, kiểm thử)", UnitKind.PROVINCE, null, start, null),
                    null,
                    false));
            for (PortalUnitScore score : snapshot.units()) {
                String code = PROVINCE + "." + score.departmentCode();
                UnitEntity unit = units.save(new UnitEntity(
                        new Unit(code, score.departmentName(), score.kind(), PROVINCE, start, null), province, false));
                ScoreCard card = score.toScoreCard(snapshot.metadata().period());
                cards.save(new ScoreCardEntity(
                        unit,
                        new ScoreCard(code, card.period(), card.groups(), card.figures(), card.statedTotal(), null),
                        "test:" + file,
                        false));
            }
        });
        events.publishEvent(new UnitsChanged());
        return snapshot;
    }

    @Test
    void the_135_communes_are_ranked_in_the_files_order_with_shared_ranks_and_810_heatmap_cells() throws IOException {
        PortalSnapshot snapshot = store("gia_lai/communes_2026-10-10.json");

        RankingTable table =
                rankings.rank(PROVINCE, Period.parse("2026")).orElseThrow().table();

        assertThat(table.rows()).hasSize(135);
        List<BigDecimal> fileOrder = snapshot.units().stream()
                .sorted(Comparator.comparing(PortalUnitScore::rank))
                .map(PortalUnitScore::totalScore)
                .toList();
        assertThat(table.rows())
                .extracting(RankingRow::total)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(fileOrder);
        for (int i = 1; i < table.rows().size(); i++) {
            RankingRow before = table.rows().get(i - 1);
            RankingRow row = table.rows().get(i);
            if (row.total().compareTo(before.total()) == 0) {
                assertThat(row.rank()).isEqualTo(before.rank());
            }
        }
        CriteriaHeatmap heatmap = CriteriaHeatmap.of(table);
        assertThat(heatmap.rows().stream().mapToInt(r -> r.cells().size()).sum())
                .isEqualTo(135 * 6);
        RankingRow last = table.rows().getLast();
        assertThat(last.unit().name()).isEqualTo("UBND xã Phù Mỹ");
        assertThat(last.weakest().criterion().code()).isEqualTo("MDHL");
    }
}
