package vn.chiso766.domain.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.heatmap.CriteriaHeatmap;
import vn.chiso766.domain.heatmap.HeatRow;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.ranking.RankingTable;
import vn.chiso766.domain.ranking.RankingTableBuilder;
import vn.chiso766.domain.score.Band;
import vn.chiso766.domain.score.BandThresholds;
import vn.chiso766.domain.score.GroupScores;
import vn.chiso766.domain.score.ScoreCard;
import vn.chiso766.domain.unit.Unit;
import vn.chiso766.domain.unit.UnitKind;

class ScopeOverviewTest {

    private static final Period.Month FEB = Period.month(2024, 2);
    private static final Period.Month JAN = Period.month(2024, 1);
    private final Unit district = unit("D", null);
    private final List<Unit> wards = List.of(unit("A", "D"), unit("B", "D"), unit("C", "D"), unit("E", "D"));
    private final RankingTableBuilder builder =
            new RankingTableBuilder(CriteriaCatalogue.decision766(), BandThresholds.DEFAULT);

    private static Unit unit(String code, String parent) {
        return new Unit(code, "Đơn vị " + code, UnitKind.WARD, parent, LocalDate.of(2000, 1, 1), null);
    }

    /** Total = 62 + tttt + mdsh; TTTT and MDSH vary, the rest is fixed (CKMB 18, TDGQ 20, ONLINE 6, MDHL 18). */
    private static ScoreCard card(String unit, Period period, double tttt, double mdsh) {
        return ScoreCard.of(
                unit,
                period,
                GroupScores.of("CKMB", 18, "TDGQ", 20, "ONLINE", 6, "TTTT", tttt, "MDHL", 18, "MDSH", mdsh));
    }

    @Test
    void summarises_average_reporting_extremes_movers_weakest_criterion_and_bands() {
        RankingTable january = builder.build(
                district,
                JAN,
                wards,
                List.of(card("A", JAN, 10, 22), card("B", JAN, 2, 10), card("C", JAN, 5, 15)),
                List.of());
        RankingTable february = builder.build(
                district,
                FEB,
                wards,
                List.of(card("A", FEB, 6, 20), card("B", FEB, 9, 22), card("C", FEB, 5, 14)),
                List.of(card("A", JAN, 10, 22), card("B", JAN, 2, 10), card("C", JAN, 5, 15)));

        ScopeOverview overview = ScopeOverview.of(february, january);

        // Feb totals: A 88, B 93, C 81 → mean 87.33; Jan: A 94, B 74, C 82 → mean 83.33.
        assertThat(overview.average()).isEqualByComparingTo("87.33");
        assertThat(overview.averageChange()).isEqualByComparingTo("4.00");
        assertThat(overview.reported()).isEqualTo(3);
        assertThat(overview.missing()).isEqualTo(1);
        assertThat(overview.best()).extracting(r -> r.unit().code()).containsExactly("B", "A", "C");
        assertThat(overview.worst()).extracting(r -> r.unit().code()).containsExactly("C", "A", "B");
        assertThat(overview.risersByPlaces()).extracting(m -> m.unit().code()).containsExactly("B");
        assertThat(overview.risersByPlaces().getFirst().places()).isEqualTo(2);
        assertThat(overview.fallersByPlaces()).extracting(m -> m.unit().code()).containsExactly("A", "C");
        assertThat(overview.risersByPoints()).extracting(m -> m.unit().code()).containsExactly("B");
        assertThat(overview.fallersByPoints()).extracting(m -> m.unit().code()).containsExactly("A", "C");
        assertThat(overview.fallersByPoints().getFirst().points()).isEqualByComparingTo("-6");
        // ONLINE is 6/12 = 50 % everywhere; TTTT's mean is (6+9+5)/30 = 67 %.
        assertThat(overview.weakestCriterion()).isEqualTo("ONLINE");
        assertThat(overview.bands().get(Band.EXCELLENT)).isEqualTo(1);
        assertThat(overview.bands().get(Band.GOOD)).isEqualTo(2);
        assertThat(overview.bands().get(Band.WEAK)).isZero();
    }

    @Test
    void the_heatmap_marks_each_units_weakest_cell_and_gives_the_scope_mean() {
        RankingTable february =
                builder.build(district, FEB, wards, List.of(card("A", FEB, 6, 20), card("B", FEB, 9, 22)), List.of());
        CriteriaHeatmap heatmap = CriteriaHeatmap.of(february);
        assertThat(heatmap.rows()).extracting(r -> r.unit().code()).containsExactly("B", "A");
        HeatRow a = heatmap.rows().get(1);
        assertThat(a.cells()).hasSize(6);
        assertThat(a.cells())
                .filteredOn(c -> c.weakest())
                .singleElement()
                .satisfies(c -> assertThat(c.value().criterion().code()).isEqualTo("ONLINE"));
        assertThat(heatmap.meanAttainment().get("TTTT")).isEqualByComparingTo("0.75");
        assertThat(heatmap.meanAttainment().get("CKMB")).isEqualByComparingTo("1");
    }

    @Test
    void an_empty_month_has_no_average_and_no_weakest_criterion() {
        ScopeOverview overview = ScopeOverview.of(builder.build(district, FEB, wards, List.of(), List.of()), null);
        assertThat(overview.average()).isNull();
        assertThat(overview.weakestCriterion()).isNull();
        assertThat(overview.missing()).isEqualTo(4);
    }
}
