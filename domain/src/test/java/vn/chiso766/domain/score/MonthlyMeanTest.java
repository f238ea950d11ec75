package vn.chiso766.domain.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chiso766.domain.period.Period;

class MonthlyMeanTest {

    private static ScoreCard month(int m, double ckmb, double tdgq) {
        return ScoreCard.of("W", Period.month(2024, m), GroupScores.of("CKMB", ckmb, "TDGQ", tdgq));
    }

    @Test
    void a_quarter_is_the_mean_of_the_months_reported_in_it() {
        ScoreCard quarter = MonthlyMean.of("W", Period.parse("2024-Q1"), List.of(month(1, 16, 18), month(2, 17, 19)));
        assertThat(quarter.period()).isEqualTo(Period.parse("2024-Q1"));
        assertThat(quarter.groups().get("CKMB"))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("16.5"));
        assertThat(quarter.total()).isEqualByComparingTo("35");
    }

    @Test
    void a_month_outside_the_period_is_refused() {
        assertThatThrownBy(() -> MonthlyMean.of("W", Period.parse("2024-Q2"), List.of(month(1, 16, 18))))
                .hasMessageContaining("2024-01 is not within 2024-Q2");
    }
}
