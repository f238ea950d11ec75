package vn.chiso766.domain.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.score.Band;
import vn.chiso766.domain.score.BandThresholds;
import vn.chiso766.domain.score.GroupScores;
import vn.chiso766.domain.score.ScoreCard;
import vn.chiso766.domain.unit.Unit;
import vn.chiso766.domain.unit.UnitKind;

class RankingTableBuilderTest {

    private static final Period.Month FEB = Period.month(2024, 2);
    private static final Period.Month JAN = Period.month(2024, 1);
    private final Unit district = unit("D", "Thành phố Tây Ninh", UnitKind.DISTRICT, null);
    private final List<Unit> wards = List.of(
            unit("A", "Phường 1", UnitKind.WARD, "D"),
            unit("B", "Phường Ninh Sơn", UnitKind.WARD, "D"),
            unit("C", "Xã Bình Minh", UnitKind.COMMUNE, "D"),
            unit("E", "Xã Thạnh Tân", UnitKind.COMMUNE, "D"));
    private final RankingTableBuilder builder =
            new RankingTableBuilder(CriteriaCatalogue.decision766(), BandThresholds.DEFAULT);

    private static Unit unit(String code, String name, UnitKind kind, String parent) {
        return new Unit(code, name, kind, parent, LocalDate.of(2000, 1, 1), null);
    }

    private static ScoreCard card(String unit, Period period, double ttttAndRest) {
        return ScoreCard.of(
                unit,
                period,
                GroupScores.of("CKMB", 18, "TDGQ", 20, "ONLINE", 12, "TTTT", ttttAndRest, "MDHL", 18, "MDSH", 12));
    }

    @Test
    void ranks_the_children_with_movement_change_band_and_missing_units() {
        var current = List.of(card("A", FEB, 4), card("B", FEB, 4.9), card("C", FEB, 4));
        var previous = List.of(card("A", JAN, 9), card("B", JAN, 2), card("E", JAN, 5));
        RankingTable table = builder.build(district, FEB, wards, current, previous);

        assertThat(table.rows())
                .extracting(r -> r.unit().code(), RankingRow::rank, RankingRow::movement)
                .containsExactly(tuple("B", 1, 2), tuple("A", 2, -1), tuple("C", 2, null));
        RankingRow ninhSon = table.rows().getFirst();
        assertThat(ninhSon.total()).isEqualByComparingTo("84.9");
        assertThat(ninhSon.change()).isEqualByComparingTo("2.9");
        assertThat(ninhSon.band()).isEqualTo(Band.GOOD);
        assertThat(ninhSon.weakest().criterion().code()).isEqualTo("TTTT");
        assertThat(table.rows().get(2).change()).isNull();
        assertThat(table.missing()).extracting(Unit::code).containsExactly("E");
    }

    @Test
    void score_cards_of_units_outside_the_scope_are_ignored() {
        var current = List.of(card("A", FEB, 4), card("OTHER", FEB, 10));
        RankingTable table = builder.build(district, FEB, wards, current, List.of());
        assertThat(table.rows()).extracting(r -> r.unit().code()).containsExactly("A");
        assertThat(table.missing()).extracting(Unit::code).containsExactly("B", "C", "E");
    }

    @Test
    void ranking_by_one_criterion_orders_by_its_points_and_keeps_the_totals() {
        var current = List.of(
                ScoreCard.of(
                        "A",
                        FEB,
                        GroupScores.of("CKMB", 10, "TDGQ", 20, "ONLINE", 12, "TTTT", 10, "MDHL", 18, "MDSH", 22)),
                ScoreCard.of(
                        "B",
                        FEB,
                        GroupScores.of("CKMB", 18, "TDGQ", 10, "ONLINE", 12, "TTTT", 10, "MDHL", 18, "MDSH", 22)),
                ScoreCard.of(
                        "C",
                        FEB,
                        GroupScores.of("CKMB", 18, "TDGQ", 5, "ONLINE", 12, "TTTT", 10, "MDHL", 18, "MDSH", 22)));
        RankingTable byCkmb = new RankingTableBuilder(CriteriaCatalogue.decision766(), BandThresholds.DEFAULT, "CKMB")
                .build(district, FEB, wards, current, List.of());
        assertThat(byCkmb.rows())
                .extracting(r -> r.unit().code(), RankingRow::rank)
                .containsExactly(tuple("B", 1), tuple("C", 1), tuple("A", 3));
        assertThat(byCkmb.rows().getFirst().total()).isEqualByComparingTo("90");
    }
}
