package vn.chiso766.domain.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.score.GroupScores;
import vn.chiso766.domain.score.ScoreCard;

class ScopeAggregatesTest {

    private static ScoreCard card(String unit, double ckmb, double tttt) {
        return ScoreCard.of(
                unit,
                Period.month(2024, 2),
                GroupScores.of("CKMB", ckmb, "TDGQ", 20, "ONLINE", 12, "TTTT", tttt, "MDHL", 18, "MDSH", 22));
    }

    @Test
    void mean_median_minimum_and_maximum_per_group_and_for_the_total() {
        var cards = List.of(card("A", 10, 1), card("B", 12, 2), card("C", 17, 9), card("D", 18, 10));
        ScopeAggregates aggregates =
                ScopeAggregates.of(cards, CriteriaCatalogue.decision766()).orElseThrow();

        Stats ckmb = aggregates.perGroup().get("CKMB");
        assertThat(ckmb.count()).isEqualTo(4);
        assertThat(ckmb.mean()).isEqualByComparingTo("14.25");
        assertThat(ckmb.median()).isEqualByComparingTo("14.5");
        assertThat(ckmb.min()).isEqualByComparingTo("10");
        assertThat(ckmb.max()).isEqualByComparingTo("18");

        Stats tttt = aggregates.perGroup().get("TTTT");
        assertThat(tttt.median()).isEqualByComparingTo("5.5");

        // Totals: 83, 86, 98, 100.
        assertThat(aggregates.total().mean()).isEqualByComparingTo("91.75");
        assertThat(aggregates.total().median()).isEqualByComparingTo("92");
        assertThat(aggregates.total().min()).isEqualByComparingTo("83");
        assertThat(aggregates.total().max()).isEqualByComparingTo("100");
    }

    @Test
    void median_of_an_odd_count_is_the_middle_value() {
        var cards = List.of(card("A", 10, 1), card("B", 12, 2), card("C", 17, 9));
        assertThat(ScopeAggregates.of(cards, CriteriaCatalogue.decision766())
                        .orElseThrow()
                        .perGroup()
                        .get("CKMB")
                        .median())
                .isEqualByComparingTo("12");
    }

    @Test
    void no_cards_give_no_aggregates() {
        assertThat(ScopeAggregates.of(List.of(), CriteriaCatalogue.decision766()))
                .isEmpty();
    }
}
