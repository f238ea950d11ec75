package vn.chiso766.domain.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.chiso766.domain.criteria.CriteriaCatalogue;

class WeakestCriterionTest {

    private final CriteriaCatalogue catalogue = CriteriaCatalogue.decision766();

    @Test
    void weakest_is_the_lowest_attainment_not_the_fewest_points() {
        // ONLINE 6/12 = 50 % is weaker than TTTT 6/10 = 60 % although both have 6 points.
        var groups = GroupScores.of("CKMB", 18, "TDGQ", 20, "ONLINE", 6, "TTTT", 6, "MDHL", 18, "MDSH", 22);
        Weakness weakest = WeakestCriterion.of(groups, catalogue).orElseThrow();
        assertThat(weakest.criterion().code()).isEqualTo("ONLINE");
        assertThat(weakest.pointsLost()).isEqualByComparingTo("6");
        assertThat(weakest.attainment()).isEqualByComparingTo("0.5");
    }

    @Test
    void equal_attainment_is_broken_by_most_points_lost() {
        // CKMB 9/18 and TDGQ 10/20 and TTTT 5/10 are all 50 %; TDGQ loses the most points (10).
        var groups = GroupScores.of("CKMB", 9, "TDGQ", 10, "ONLINE", 12, "TTTT", 5, "MDHL", 18, "MDSH", 22);
        assertThat(WeakestCriterion.of(groups, catalogue)
                        .orElseThrow()
                        .criterion()
                        .code())
                .isEqualTo("TDGQ");
    }

    @Test
    void equal_attainment_and_points_lost_fall_back_to_catalogue_order() {
        // CKMB and MDHL both have max 18: 9/18 each, 9 points lost each; CKMB comes first in the catalogue.
        var groups = GroupScores.of("CKMB", 9, "TDGQ", 20, "ONLINE", 12, "TTTT", 10, "MDHL", 9, "MDSH", 22);
        assertThat(WeakestCriterion.of(groups, catalogue)
                        .orElseThrow()
                        .criterion()
                        .code())
                .isEqualTo("CKMB");
    }

    @Test
    void weaknesses_follow_catalogue_order_with_points_lost() {
        var groups = GroupScores.of("MDSH", 17.8, "CKMB", 16.7);
        assertThat(WeakestCriterion.weaknesses(groups, catalogue))
                .extracting(w -> w.criterion().code(), w -> w.pointsLost().stripTrailingZeros())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CKMB", new BigDecimal("1.3")),
                        org.assertj.core.groups.Tuple.tuple("MDSH", new BigDecimal("4.2")));
    }
}
