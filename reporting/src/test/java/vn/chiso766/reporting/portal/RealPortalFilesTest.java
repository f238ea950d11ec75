package vn.chiso766.reporting.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.score.ScoreCard;
import vn.chiso766.domain.score.ScoreCardValidator;
import vn.chiso766.domain.score.Violation;
import vn.chiso766.domain.score.ViolationType;
import vn.chiso766.domain.unit.UnitKind;

/** Every real file shape reads as it is; figures from shared/data/portal-766/README.md. */
class RealPortalFilesTest {

    private static final CriteriaCatalogue CATALOGUE = CriteriaCatalogue.decision766();
    private static final BigDecimal MDHL_MAX = new BigDecimal("18");

    @Test
    void the_communes_metadata_names_gia_lai_and_the_year_to_date() {
        PortalMetadata metadata =
                RealPortalData.read("gia_lai/communes_2026-10-10.json").metadata();

        assertThat(metadata.scopeCode()).isEqualTo("H21");
        assertThat(metadata.scopeName()).isEqualTo("UBND tỉnh Gia Lai");
        assertThat(metadata.period()).isEqualTo(new Period.Year(2026));
        assertThat(metadata.periodNumber()).isNull();
        assertThat(metadata.periodLabel()).isEqualTo("Năm 2026");
        assertThat(metadata.runDate()).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(metadata.extractedAt()).isEqualTo(Instant.parse("2026-10-10T07:00:13Z"));
        assertThat(metadata.sourceUrl()).endsWith("/api/v1/reporting/evaluation/service-results");
    }

    @Test
    void the_september_communes_keep_satisfaction_above_its_maximum_for_76_communes() {
        PortalSnapshot snapshot = RealPortalData.read("gia_lai/communes_2026-09-24.json");
        List<String> aboveMaximum = snapshot.units().stream()
                .filter(u -> u.groupScores().get("MDHL").orElseThrow().compareTo(MDHL_MAX) > 0)
                .map(PortalUnitScore::departmentCode)
                .toList();

        assertThat(snapshot.units()).hasSize(135);
        assertThat(aboveMaximum).hasSize(76);
        assertThat(snapshot.units())
                .filteredOn(u -> u.departmentName().equals("UBND xã Ia Chía"))
                .singleElement()
                .satisfies(u -> assertThat(u.groupScores().get("MDHL")).hasValue(new BigDecimal("18.42")));
        assertThat(outOfRange(snapshot.toScoreCards()))
                .allSatisfy(v -> assertThat(v.criterionCode()).isEqualTo("MDHL"))
                .hasSize(76);
        assertThat(snapshot.toScoreCards().stream()
                        .filter(card -> !outOfRange(List.of(card)).isEmpty())
                        .map(ScoreCard::unitCode))
                .containsExactlyInAnyOrderElementsOf(aboveMaximum);
    }

    @Test
    void the_provinces_file_reads_34_provinces_with_dong_thap_first() {
        PortalSnapshot snapshot = RealPortalData.read("provinces/scores_2026-10-10.json");

        assertThat(snapshot.shape()).isEqualTo(PortalShape.PROVINCES);
        assertThat(snapshot.metadata().scopeCode()).isNull();
        assertThat(snapshot.metadata().scopeName()).isEqualTo("Provinces");
        assertThat(snapshot.units()).hasSize(34).allSatisfy(u -> {
            assertThat(u.kind()).isEqualTo(UnitKind.PROVINCE);
            assertThat(u.groupRank()).isNull();
        });
        PortalUnitScore first = snapshot.units().getFirst();
        assertThat(first.departmentName()).isEqualTo("UBND tỉnh Đồng Tháp");
        assertThat(first.rank()).isEqualTo(1);
        assertThat(first.totalScore()).isEqualByComparingTo("68.80");
    }

    @Test
    void the_september_provinces_file_is_a_year_whatever_its_period_label_says() {
        PortalMetadata metadata =
                RealPortalData.read("provinces/scores_2026-09-26.json").metadata();

        assertThat(metadata.period()).isEqualTo(new Period.Year(2026));
        assertThat(metadata.periodNumber()).isEqualTo(3);
        assertThat(metadata.periodLabel()).isEqualTo("Year 3/2026");
    }

    @Test
    void the_agencies_file_reads_14_agencies() {
        PortalSnapshot snapshot = RealPortalData.read("gia_lai/agencies_2026-10-10.json");

        assertThat(snapshot.units())
                .hasSize(14)
                .allSatisfy(u -> assertThat(u.kind()).isEqualTo(UnitKind.AGENCY));
        assertThat(snapshot.units()).extracting(PortalUnitScore::groupRank).containsExactlyElementsOf(range(1, 14));
    }

    @Test
    void agencies_and_communes_share_the_portal_ranks_1_to_149() {
        Stream<PortalUnitScore> all = Stream.concat(
                RealPortalData.read("gia_lai/agencies_2026-10-10.json").units().stream(),
                RealPortalData.read("gia_lai/communes_2026-10-10.json").units().stream());

        assertThat(all.map(PortalUnitScore::rank)).containsExactlyInAnyOrderElementsOf(range(1, 149));
    }

    @Test
    void the_detail_file_reads_the_same_135_communes_as_the_summary() {
        PortalSnapshot detail = RealPortalData.read("gia_lai/communes_detail_2026-10-10.json");
        PortalSnapshot summary = RealPortalData.read("gia_lai/communes_2026-10-10.json");

        assertThat(detail.shape()).isEqualTo(PortalShape.COMMUNES_DETAIL);
        assertThat(detail.metadata().sourceUrl()).isNull();
        assertThat(detail.units()).hasSize(135).containsExactlyElementsOf(summary.units());
    }

    @Test
    void no_real_file_except_september_communes_breaks_a_validation_rule() {
        Stream.of(
                        "gia_lai/communes_2026-10-10.json",
                        "gia_lai/agencies_2026-10-10.json",
                        "gia_lai/communes_detail_2026-10-10.json",
                        "provinces/scores_2026-10-10.json",
                        "provinces/scores_2026-09-26.json")
                .forEach(file -> assertThat(RealPortalData.read(file).toScoreCards())
                        .as(file)
                        .allSatisfy(card -> assertThat(ScoreCardValidator.validate(card, CATALOGUE, null))
                                .isEmpty()));
    }

    private static List<Violation> outOfRange(List<ScoreCard> cards) {
        return cards.stream()
                .flatMap(card -> ScoreCardValidator.validate(card, CATALOGUE, null).stream())
                .filter(v -> v.type() == ViolationType.GROUP_OUT_OF_RANGE)
                .toList();
    }

    private static List<Integer> range(int first, int last) {
        return IntStream.rangeClosed(first, last).boxed().toList();
    }
}
