package vn.chiso766.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.chiso766.app.AppTest;
import vn.chiso766.app.ranking.RankingService;
import vn.chiso766.db.score.ScoreCardEntity;
import vn.chiso766.db.score.ScoreCardRepository;
import vn.chiso766.db.unit.UnitRepository;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.ranking.RankingRow;
import vn.chiso766.domain.ranking.RankingTable;
import vn.chiso766.domain.score.GroupScores;
import vn.chiso766.domain.score.ScoreCard;
import vn.chiso766.domain.unit.Unit;
import vn.chiso766.domain.unit.UnitKind;

/** The July 2025 reorganisation in small: two communes merged into one on the first day of a month. */
@AppTest
class UnitMergeRankingTest {

    private static final LocalDate START = LocalDate.of(2000, 1, 1);
    private static final Period.Month MAY = Period.month(2025, 5);
    private static final Period.Month JUNE = Period.month(2025, 6);
    private static final Period.Month JULY = Period.month(2025, 7);
    private static final Period.Month AUGUST = Period.month(2025, 8);

    @Autowired
    UnitAdminService units;

    @Autowired
    UnitRepository unitRepository;

    @Autowired
    ScoreCardRepository cards;

    @Autowired
    RankingService rankings;

    @Autowired
    ApplicationContext context;

    private AdminTestData data;
    private String parent;
    private String first;
    private String second;
    private String merged;

    @BeforeEach
    void setUp() {
        data = AdminTestData.of(context);
        parent = AdminTestData.uniquePrefix().toUpperCase();
        first = parent + ".A";
        second = parent + ".B";
        merged = parent + ".AB";
    }

    @AfterEach
    void removeTestUnits() {
        data.removeUnits(parent);
    }

    private void saveCard(String unitCode, Period.Month month, String online) {
        ScoreCard card = ScoreCard.of(
                unitCode,
                month,
                GroupScores.of(
                        "CKMB", "16.5", "TDGQ", "19.0", "ONLINE", online, "TTTT", "6.0", "MDHL", "17.0", "MDSH",
                        "18.0"));
        cards.save(new ScoreCardEntity(unitRepository.findByCode(unitCode).orElseThrow(), card, "test", false));
    }

    private RankingTable rank(Period period) {
        return rankings.rank(parent, period).orElseThrow().table();
    }

    private static List<String> ranked(RankingTable table) {
        return table.rows().stream().map(RankingRow::unit).map(Unit::code).toList();
    }

    private static List<String> missing(RankingTable table) {
        return table.missing().stream().map(Unit::code).toList();
    }

    @Test
    @WithUserDetails("admin")
    void unit_merge_keeps_the_old_units_history_readable_and_ranks_the_new_unit_from_its_start_date() {
        units.add(new NewUnit(null, parent, "Tỉnh thử nghiệm", UnitKind.PROVINCE, START, null));
        units.add(new NewUnit(parent, first, "Xã A", UnitKind.COMMUNE, START, null));
        units.add(new NewUnit(parent, second, "Xã B", UnitKind.COMMUNE, START, null));
        for (Period.Month month : List.of(MAY, JUNE)) {
            saveCard(first, month, "10.0");
            saveCard(second, month, "8.0");
        }

        units.merge(new UnitMerge(List.of(first, second), merged, "Xã AB", UnitKind.COMMUNE, LocalDate.of(2025, 7, 1)));
        saveCard(merged, JULY, "11.0");
        saveCard(merged, AUGUST, "11.5");

        for (Period.Month before : List.of(MAY, JUNE)) {
            RankingTable table = rank(before);
            assertThat(ranked(table)).as("ranked in %s", before).containsExactly(first, second);
            assertThat(missing(table)).as("no report in %s", before).isEmpty();
            assertThat(table.rows().getFirst().total()).isEqualByComparingTo("86.5");
        }
        for (Period.Month after : List.of(JULY, AUGUST)) {
            RankingTable table = rank(after);
            assertThat(ranked(table)).as("ranked in %s", after).containsExactly(merged);
            assertThat(missing(table)).as("no report in %s", after).isEmpty();
        }
        assertThat(rank(AUGUST).rows().getFirst().total()).isEqualByComparingTo("88.0");

        assertThat(cards.findByUnitAndPeriod(first, "2025-05").orElseThrow().getTotal())
                .isEqualByComparingTo("86.5");
        assertThat(cards.findByUnitAndPeriod(second, "2025-06").orElseThrow().getTotal())
                .isEqualByComparingTo("84.5");
    }
}
