package vn.chiso766.domain.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompetitionRankingTest {

    private static RankInput in(String code, String name, String total) {
        return new RankInput(code, name, new BigDecimal(total));
    }

    @Test
    void tied_totals_share_a_rank_and_the_next_rank_skips_their_places() {
        List<Ranked> ranked = CompetitionRanking.rank(List.of(
                in("D", "Xã Tân Bình", "70.5"),
                in("B", "Phường 2", "80.25"),
                in("A", "Phường 1", "90"),
                in("C", "Phường 3", "80.25"),
                in("E", "Xã Thạnh Tân", "60")));
        assertThat(ranked)
                .extracting(Ranked::unitCode, Ranked::rank)
                .containsExactly(tuple("A", 1), tuple("B", 2), tuple("C", 2), tuple("D", 4), tuple("E", 5));
    }

    @Test
    void totals_are_compared_rounded_to_two_decimals() {
        List<Ranked> ranked = CompetitionRanking.rank(List.of(in("A", "A", "73.294"), in("B", "B", "73.286")));
        assertThat(ranked).extracting(Ranked::rank).containsExactly(1, 1);
        assertThat(ranked.getFirst().total()).isEqualByComparingTo("73.29");
    }

    @Test
    void a_three_way_tie_then_a_gap_of_three() {
        List<Ranked> ranked = CompetitionRanking.rank(List.of(
                in("A", "An Nhơn Nam", "69.95"),
                in("B", "Quy Nhơn Bắc", "69.95"),
                in("C", "Ia O", "69.95"),
                in("Z", "Đức Cơ", "80"),
                in("Y", "Gào", "58.08")));
        assertThat(ranked).extracting(Ranked::rank).containsExactly(1, 2, 2, 2, 5);
    }

    @Test
    void tied_units_are_listed_in_vietnamese_alphabetical_order() {
        List<Ranked> ranked = CompetitionRanking.rank(
                List.of(in("2", "Xã Đức Cơ", "58.08"), in("1", "Xã Ngô Mây", "58.08"), in("3", "Xã Dak Pơ", "58.08")));
        // Vietnamese order: D < Đ < N.
        assertThat(ranked).extracting(Ranked::unitName).containsExactly("Xã Dak Pơ", "Xã Đức Cơ", "Xã Ngô Mây");
    }

    @Test
    void movement_counts_places_gained() {
        assertThat(Movement.places(5, 2)).isEqualTo(3);
        assertThat(Movement.places(2, 5)).isEqualTo(-3);
        assertThat(Movement.places(4, 4)).isZero();
        assertThat(Movement.places(null, 1)).isNull();
    }
}
