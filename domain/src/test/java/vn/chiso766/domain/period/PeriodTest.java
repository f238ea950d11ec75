package vn.chiso766.domain.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void parses_month_quarter_and_year_codes() {
        assertThat(Period.parse("2024-02")).isEqualTo(Period.month(2024, 2));
        assertThat(Period.parse("2024-Q1")).isEqualTo(new Period.Quarter(2024, 1));
        assertThat(Period.parse("2024")).isEqualTo(new Period.Year(2024));
        assertThat(Period.parse(" 2024-q3 ").code()).isEqualTo("2024-Q3");
    }

    @Test
    void rejects_impossible_periods_with_the_expected_forms() {
        for (String bad : new String[] {"2024-13", "2024-00", "2024-Q5", "24-02", "1899", "tháng 2", ""}) {
            assertThatThrownBy(() -> Period.parse(bad))
                    .isInstanceOf(InvalidPeriodException.class)
                    .hasMessageContaining("YYYY-MM");
        }
    }

    @Test
    void previous_period_is_of_the_same_kind_and_crosses_year_ends() {
        assertThat(Period.parse("2024-01").previous()).isEqualTo(Period.month(2023, 12));
        assertThat(Period.parse("2024-Q1").previous()).isEqualTo(new Period.Quarter(2023, 4));
        assertThat(Period.parse("2024").previous()).isEqualTo(new Period.Year(2023));
        assertThat(Period.parse("2023-12").next()).isEqualTo(Period.month(2024, 1));
    }

    @Test
    void quarter_and_year_list_their_months() {
        assertThat(Period.parse("2024-Q1").months())
                .extracting(Period::code)
                .containsExactly("2024-01", "2024-02", "2024-03");
        assertThat(Period.parse("2024").months()).hasSize(12);
        assertThat(Period.parse("2024-Q2").contains(Period.month(2024, 5))).isTrue();
        assertThat(Period.month(2024, 11).quarter()).isEqualTo(new Period.Quarter(2024, 4));
    }

    @Test
    void periods_order_by_start_month() {
        assertThat(Period.parse("2023-12")).isLessThan(Period.parse("2024-01"));
        assertThat(Period.parse("2024-02")).isGreaterThan(Period.parse("2024-01"));
    }
}
