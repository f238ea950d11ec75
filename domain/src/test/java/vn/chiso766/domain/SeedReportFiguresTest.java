package vn.chiso766.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.score.GroupScores;
import vn.chiso766.domain.score.OperationalFigures;
import vn.chiso766.domain.score.ScoreCard;
import vn.chiso766.domain.score.ScoreCardValidator;
import vn.chiso766.domain.score.WeakestCriterion;
import vn.chiso766.domain.score.Weakness;

/** The figures of the seed report: phường Ninh Sơn, February 2024 (DOMAIN.md "Who reports what"). */
class SeedReportFiguresTest {

    private final CriteriaCatalogue catalogue = CriteriaCatalogue.decision766();
    private final ScoreCard february = new ScoreCard(
            "NINHSON",
            Period.month(2024, 2),
            GroupScores.of(
                    "CKMB", "16.7", "TDGQ", "19.4", "ONLINE", "7.3", "TTTT", "4.9", "MDHL", "18", "MDSH", "17.8"),
            OperationalFigures.NONE,
            new BigDecimal("84.1"),
            new BigDecimal("-1.5"));

    @Test
    void the_six_groups_sum_to_the_stated_total() {
        assertThat(february.total()).isEqualByComparingTo("84.1");
    }

    @Test
    void the_change_against_january_is_minus_one_and_a_half() {
        BigDecimal january = new BigDecimal("85.6");
        assertThat(february.total().subtract(january)).isEqualByComparingTo("-1.5");
        assertThat(ScoreCardValidator.validate(february, catalogue, january)).isEmpty();
    }

    @Test
    void the_weakest_criterion_by_attainment_is_online_payment_not_the_publicity_the_report_names() {
        Weakness weakest = WeakestCriterion.of(february.groups(), catalogue).orElseThrow();
        assertThat(weakest.criterion().code()).isEqualTo("TTTT");
        assertThat(weakest.points()).isEqualByComparingTo("4.9");
        assertThat(weakest.criterion().maxPoints()).isEqualByComparingTo("10");
        // The report names publicity (CKMB, 16,7/18 = 93 %) as its lowest group: fewest points lost is not weakest.
        assertThat(weakest.criterion().code()).isNotEqualTo("CKMB");
    }
}
