package vn.chiso766.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.chiso766.domain.period.Period;

class AuditSpecificationsTest {

    @Test
    void a_month_matches_only_itself() {
        assertThat(AuditSpecifications.periodCodes(Period.parse("2024-02"))).containsExactly("2024-02");
    }

    @Test
    void a_quarter_matches_itself_and_its_three_months() {
        assertThat(AuditSpecifications.periodCodes(Period.parse("2024-Q1")))
                .containsExactly("2024-Q1", "2024-01", "2024-02", "2024-03");
    }

    @Test
    void a_year_matches_itself_its_quarters_and_its_months() {
        assertThat(AuditSpecifications.periodCodes(Period.parse("2024")))
                .hasSize(17)
                .startsWith("2024", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2024-01")
                .endsWith("2024-12");
    }
}
