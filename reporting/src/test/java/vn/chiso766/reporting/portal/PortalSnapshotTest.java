package vn.chiso766.reporting.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chiso766.reporting.portal.PortalJson.COMMUNES;
import static vn.chiso766.reporting.portal.PortalJson.read;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.score.OperationalFigures;
import vn.chiso766.domain.score.ScoreCard;
import vn.chiso766.domain.unit.Unit;
import vn.chiso766.domain.unit.UnitKind;

class PortalSnapshotTest {

    private static final LocalDate REORGANISATION = LocalDate.of(2025, 7, 1);

    @Test
    void score_cards_carry_the_files_period_and_its_total_as_the_stated_total() {
        List<ScoreCard> cards = read(COMMUNES).toScoreCards();

        assertThat(cards).hasSize(2).first().satisfies(card -> {
            assertThat(card.unitCode()).isEqualTo("H21.227");
            assertThat(card.period()).isEqualTo(new Period.Year(2026));
            assertThat(card.statedTotal()).isEqualByComparingTo("75.34");
            assertThat(card.total()).isEqualByComparingTo("75.34");
            assertThat(card.statedChange()).isNull();
            assertThat(card.figures()).isEqualTo(OperationalFigures.NONE);
        });
    }

    @Test
    void units_hang_under_the_given_parent_from_the_given_day_and_stay_open_ended() {
        List<Unit> units = read(COMMUNES).toUnits("H21", REORGANISATION);

        assertThat(units)
                .containsExactly(
                        new Unit("H21.227", "UBND xã Vân Canh", UnitKind.COMMUNE, "H21", REORGANISATION, null),
                        new Unit("H21.125", "UBND xã Đăk Song", UnitKind.COMMUNE, "H21", REORGANISATION, null));
    }

    @Test
    void real_gia_lai_communes_become_135_units_of_the_province() {
        PortalSnapshot snapshot = RealPortalData.read("gia_lai/communes_2026-10-10.json");

        List<Unit> units = snapshot.toUnits(snapshot.metadata().scopeCode(), REORGANISATION);

        assertThat(units).hasSize(135).allSatisfy(unit -> {
            assertThat(unit.parentCode()).isEqualTo("H21");
            assertThat(unit.kind()).isEqualTo(UnitKind.COMMUNE);
            assertThat(unit.isValidIn(snapshot.metadata().period())).isTrue();
        });
        assertThat(units).extracting(Unit::code).doesNotHaveDuplicates();
    }
}
