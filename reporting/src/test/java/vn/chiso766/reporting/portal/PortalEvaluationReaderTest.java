package vn.chiso766.reporting.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.chiso766.reporting.portal.PortalJson.COMMUNES;
import static vn.chiso766.reporting.portal.PortalJson.PROVINCES;
import static vn.chiso766.reporting.portal.PortalJson.communesWith;
import static vn.chiso766.reporting.portal.PortalJson.read;
import static vn.chiso766.reporting.portal.PortalJson.replace;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.unit.UnitKind;

class PortalEvaluationReaderTest {

    @Test
    void a_communes_file_gives_its_metadata_and_units_in_file_order() {
        PortalSnapshot snapshot = read(COMMUNES);

        assertThat(snapshot.shape()).isEqualTo(PortalShape.COMMUNES);
        PortalMetadata metadata = snapshot.metadata();
        assertThat(metadata.scopeCode()).isEqualTo("H21");
        assertThat(metadata.scopeName()).isEqualTo("UBND tỉnh Gia Lai");
        assertThat(metadata.timeType()).isEqualTo("year");
        assertThat(metadata.year()).isEqualTo(2026);
        assertThat(metadata.period()).isEqualTo(new Period.Year(2026));
        assertThat(metadata.runDate()).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(metadata.extractedAt()).isEqualTo(Instant.parse("2026-10-10T07:00:13Z"));
        assertThat(snapshot.units())
                .extracting(PortalUnitScore::departmentCode, PortalUnitScore::kind, PortalUnitScore::rank)
                .containsExactly(tuple("H21.227", UnitKind.COMMUNE, 2), tuple("H21.125", UnitKind.COMMUNE, 3));
    }

    @Test
    void group_scores_come_in_catalogue_order_whatever_the_file_order() {
        PortalUnitScore unit = read(COMMUNES).units().getFirst();

        assertThat(unit.groupScores().points())
                .containsExactly(
                        entry("CKMB", "11.79"),
                        entry("TDGQ", "19.41"),
                        entry("ONLINE", "6.31"),
                        entry("TTTT", "7.34"),
                        entry("MDHL", "18.00"),
                        entry("MDSH", "12.49"));
    }

    @Test
    void the_clgq_key_is_read_as_the_online_group() {
        String json = communesWith("\"ONLINE\": 6.31", "\"CLGQ\": 6.31");

        assertThat(read(json).units().getFirst().groupScores().get("ONLINE")).hasValue(new BigDecimal("6.31"));
    }

    @Test
    void numbers_keep_every_digit_the_file_wrote() {
        String json = communesWith("\"totalScore\": 75.34", "\"totalScore\": 75.3400000000000000000001");

        assertThat(read(json).units().getFirst().totalScore()).hasToString("75.3400000000000000000001");
    }

    @Test
    void a_group_above_its_maximum_is_kept_as_written() {
        String json = communesWith("\"MDSH\": 12.49, \"MDHL\": 18.0", "\"MDSH\": 12.49, \"MDHL\": 18.42");

        assertThat(read(json).units().getFirst().groupScores().get("MDHL")).hasValue(new BigDecimal("18.42"));
    }

    @Test
    void an_agency_record_becomes_an_agency() {
        String json = communesWith(
                "\"childGroup\": \"COMMUNE\",\n      \"totalScore\": 73.95",
                "\"childGroup\": \"AGENCY\",\n      \"totalScore\": 73.95");

        assertThat(read(json).units())
                .extracting(PortalUnitScore::kind)
                .containsExactly(UnitKind.COMMUNE, UnitKind.AGENCY);
    }

    @Test
    void a_provinces_file_has_no_province_code_and_its_units_are_provinces() {
        PortalSnapshot snapshot = read(PROVINCES);

        assertThat(snapshot.metadata().scopeCode()).isNull();
        assertThat(snapshot.metadata().scopeName()).isEqualTo("Provinces");
        assertThat(snapshot.metadata().sourceUrl()).isNull();
        assertThat(snapshot.units()).singleElement().satisfies(u -> {
            assertThat(u.kind()).isEqualTo(UnitKind.PROVINCE);
            assertThat(u.groupRank()).isNull();
            assertThat(u.totalScore()).isEqualByComparingTo("68.80");
        });
    }

    @Test
    void a_month_file_names_its_month_and_a_quarter_file_its_quarter() {
        String month = communesWith("\"timeType\": \"year\",", "\"timeType\": \"month\",");
        month = replace(month, "\"period\": null", "\"period\": 9");
        String quarter = replace(month, "\"timeType\": \"month\",", "\"timeType\": \"quarter\",");
        quarter = replace(quarter, "\"period\": 9", "\"period\": 3");

        assertThat(read(month).metadata().period()).isEqualTo(Period.month(2026, 9));
        assertThat(read(quarter).metadata().period()).isEqualTo(new Period.Quarter(2026, 3));
    }

    @Test
    void a_year_file_ignores_a_period_number_as_the_portal_sends_one_for_year_to_date_too() {
        String json = communesWith("\"period\": null", "\"period\": 3");

        assertThat(read(json).metadata().period()).isEqualTo(new Period.Year(2026));
        assertThat(read(json).metadata().periodNumber()).isEqualTo(3);
    }

    private static Map.Entry<String, BigDecimal> entry(String code, String points) {
        return Map.entry(code, new BigDecimal(points));
    }
}
