package vn.chiso766.domain.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chiso766.domain.period.Period;

class UnitTreeTest {

    private final Unit province =
            new Unit("H21", "Tỉnh Gia Lai", UnitKind.PROVINCE, null, LocalDate.of(2025, 7, 1), null);
    private final Unit commune =
            new Unit("H21.227", "UBND xã Vân Canh", UnitKind.COMMUNE, "H21", LocalDate.of(2025, 7, 1), null);
    private final Unit agency = new Unit("H21.9", "Sở Y tế", UnitKind.AGENCY, "H21", LocalDate.of(2025, 7, 1), null);
    private final Unit oldWard =
            new Unit("H21.1", "Phường cũ", UnitKind.WARD, "H21", LocalDate.of(2000, 1, 1), LocalDate.of(2025, 6, 30));

    @Test
    void children_of_a_period_are_those_valid_in_it() {
        UnitTree tree = UnitTree.of(List.of(province, commune, agency, oldWard));
        assertThat(tree.childrenOf("H21", Period.parse("2026-10"))).containsExactly(commune, agency);
        assertThat(tree.childrenOf("H21", Period.parse("2025-06"))).containsExactly(oldWard);
        // A year that the reorganisation splits holds both generations.
        assertThat(tree.childrenOf("H21", Period.parse("2025"))).hasSize(3);
    }

    @Test
    void lineage_and_membership_follow_parents() {
        UnitTree tree = UnitTree.of(List.of(province, commune));
        assertThat(tree.lineage("H21.227")).containsExactly(commune, province);
        assertThat(tree.isWithin("H21.227", "H21")).isTrue();
        assertThat(tree.isWithin("H21", "H21.227")).isFalse();
    }

    @Test
    void an_unknown_parent_or_reversed_dates_are_refused() {
        assertThatThrownBy(() -> UnitTree.of(List.of(commune))).hasMessageContaining("unknown parent H21");
        assertThatThrownBy(() ->
                        new Unit("X", "X", UnitKind.WARD, null, LocalDate.of(2025, 1, 1), LocalDate.of(2024, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
