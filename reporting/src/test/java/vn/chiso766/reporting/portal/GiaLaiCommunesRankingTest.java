package vn.chiso766.reporting.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.ranking.CompetitionRanking;
import vn.chiso766.domain.ranking.RankInput;
import vn.chiso766.domain.ranking.Ranked;
import vn.chiso766.domain.score.ScoreCard;
import vn.chiso766.domain.score.ScoreCardValidator;
import vn.chiso766.domain.score.ViolationType;
import vn.chiso766.domain.score.WeakestCriterion;

/** The 135 Gia Lai communes of 2026-10-10, read and ranked through the domain model, against the portal's order. */
class GiaLaiCommunesRankingTest {

    private static final CriteriaCatalogue CATALOGUE = CriteriaCatalogue.decision766();

    private static PortalSnapshot snapshot;
    private static Map<String, PortalUnitScore> byCode;
    private static List<ScoreCard> cards;
    private static List<Ranked> ranking;

    /** Read once; in @BeforeEach rather than @BeforeAll so that a missing file reports every test as skipped. */
    @BeforeEach
    void readAndRankOnce() {
        if (snapshot != null) {
            return;
        }
        snapshot = RealPortalData.read("gia_lai/communes_2026-10-10.json");
        byCode = snapshot.units().stream()
                .collect(Collectors.toMap(PortalUnitScore::departmentCode, Function.identity()));
        cards = snapshot.toScoreCards();
        ranking = CompetitionRanking.rank(cards.stream()
                .map(card -> new RankInput(
                        card.unitCode(), byCode.get(card.unitCode()).departmentName(), card.total()))
                .toList());
    }

    @Test
    void all_135_communes_are_read_and_ranked() {
        assertThat(snapshot.units()).hasSize(135);
        assertThat(ranking).hasSize(135);
    }

    @Test
    void our_order_of_totals_is_the_portals_order_by_rank() {
        List<BigDecimal> portalOrder = snapshot.units().stream()
                .sorted(Comparator.comparingInt(PortalUnitScore::rank))
                .map(u -> u.totalScore().setScale(2, RoundingMode.UNNECESSARY))
                .toList();

        assertThat(ranking).extracting(Ranked::total).containsExactlyElementsOf(portalOrder);
        assertThat(portalOrder).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void each_rank_is_the_portal_group_rank_of_the_first_unit_with_that_total() {
        Map<BigDecimal, Integer> bestGroupRankByTotal = snapshot.units().stream()
                .collect(Collectors.toMap(
                        u -> u.totalScore().setScale(2, RoundingMode.UNNECESSARY),
                        PortalUnitScore::groupRank,
                        Math::min));

        assertThat(ranking).allSatisfy(r -> assertThat(r.rank()).isEqualTo(bestGroupRankByTotal.get(r.total())));
    }

    @Test
    void tied_totals_share_a_rank_in_eleven_pairs_and_one_triple() {
        Map<Integer, Long> sizeByRank =
                ranking.stream().collect(Collectors.groupingBy(Ranked::rank, Collectors.counting()));
        Map<Long, Long> tieGroupsBySize = sizeByRank.values().stream()
                .filter(size -> size > 1)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        assertThat(tieGroupsBySize).containsExactlyInAnyOrderEntriesOf(Map.of(2L, 11L, 3L, 1L));
    }

    @Test
    void the_triple_at_69_95_shares_one_rank_and_the_next_commune_is_three_places_down() {
        List<Ranked> triple = ranking.stream()
                .filter(r -> r.total().compareTo(new BigDecimal("69.95")) == 0)
                .toList();

        assertThat(triple)
                .extracting(Ranked::unitName)
                .containsExactlyInAnyOrder("UBND phường An Nhơn Nam", "UBND phường Quy Nhơn Bắc", "UBND xã Ia O");
        int shared = triple.getFirst().rank();
        assertThat(triple).extracting(Ranked::rank).containsOnly(shared);
        // The portal gives the three the group ranks 96, 97 and 98.
        assertThat(shared).isEqualTo(96);
        assertThat(ranking.get(ranking.indexOf(triple.getLast()) + 1).rank()).isEqualTo(shared + 3);
    }

    @Test
    void every_communes_groups_add_up_to_its_stated_total() {
        assertThat(cards).allSatisfy(card -> {
            assertThat(card.total()).isCloseTo(card.statedTotal(), within(new BigDecimal("0.05")));
            assertThat(ScoreCardValidator.validate(card, CATALOGUE, null))
                    .noneMatch(v -> v.type() == ViolationType.TOTAL_MISMATCH);
        });
    }

    @Test
    void the_last_commune_is_phu_my_and_satisfaction_is_its_weakest_criterion() {
        Ranked last = ranking.getLast();
        assertThat(last.unitName()).isEqualTo("UBND xã Phù Mỹ");
        assertThat(last.total()).isEqualByComparingTo("56.11");
        assertThat(last.rank()).isEqualTo(135);

        PortalUnitScore phuMy = byCode.get(last.unitCode());
        assertThat(WeakestCriterion.of(phuMy.groupScores(), CATALOGUE))
                .hasValueSatisfying(w -> assertThat(w.criterion().code()).isEqualTo("MDHL"));
    }
}
