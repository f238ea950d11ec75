package vn.chiso766.reporting.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.chiso766.reporting.portal.PortalJson.COMMUNES;
import static vn.chiso766.reporting.portal.PortalJson.communesWith;

import org.junit.jupiter.api.Test;

/** Bad input is refused with a message that names the file, the place and what was expected. */
class PortalFormatErrorsTest {

    @Test
    void an_empty_file_is_reported_as_incomplete_json_at_its_start() {
        assertThat(failure(""))
                .hasMessageStartingWith("communes_2026-10-10.json: the JSON is incomplete at line 1, column 0: ")
                .hasMessageContaining("end-of-input");
    }

    @Test
    void a_truncated_file_is_reported_as_incomplete_json_at_the_line_where_it_stops() {
        String truncated = COMMUNES.substring(0, COMMUNES.indexOf("\"rank\": 3"));
        long lines = truncated.lines().count();

        PortalFormatException e = failure(truncated);

        assertThat(e)
                .hasMessageStartingWith(
                        "communes_2026-10-10.json: the JSON is incomplete at line " + lines + ", column ")
                .hasMessageContaining("Unexpected end-of-input")
                .hasMessageNotContaining("REDACTED");
        assertThat(e.location()).isNull();
    }

    @Test
    void text_that_is_not_json_is_reported_as_invalid_with_its_place() {
        String broken = communesWith("\"year\": 2026,", "\"year\": 2026,,");

        assertThat(failure(broken))
                .hasMessageStartingWith("communes_2026-10-10.json: the JSON is invalid at line 7, column ");
    }

    @Test
    void a_non_numeric_group_score_names_the_unit_index_and_the_group() {
        PortalFormatException e = failure(communesWith("\"TDGQ\": 19.52", "\"TDGQ\": \"abc\""));

        assertThat(e)
                .hasMessage("communes_2026-10-10.json: communes[1].groupScores.TDGQ: expected a number, found \"abc\"");
        assertThat(e.fileName()).isEqualTo("communes_2026-10-10.json");
        assertThat(e.location()).isEqualTo("communes[1].groupScores.TDGQ");
    }

    @Test
    void a_missing_total_score_names_the_unit_and_says_it_is_absent() {
        String json = communesWith("\"totalScore\": 73.95,", "");

        assertThat(failure(json))
                .hasMessage("communes_2026-10-10.json: communes[1].totalScore: expected a number, "
                        + "found nothing (the field is absent)");
    }

    @Test
    void a_null_group_score_is_not_read_as_zero() {
        String json = communesWith("\"TTTT\": 7.34", "\"TTTT\": null");

        assertThat(failure(json))
                .hasMessage("communes_2026-10-10.json: communes[0].groupScores.TTTT: expected a number, found null");
    }

    @Test
    void an_unknown_time_type_lists_the_ones_the_portal_has() {
        String json = communesWith("\"timeType\": \"year\"", "\"timeType\": \"week\"");

        assertThat(failure(json))
                .hasMessage("communes_2026-10-10.json: metadata.timeType: expected \"year\", \"quarter\" or \"month\", "
                        + "found \"week\"");
    }

    @Test
    void a_month_file_without_a_month_number_is_refused() {
        String json = communesWith("\"timeType\": \"year\"", "\"timeType\": \"month\"");

        assertThat(failure(json))
                .hasMessage(
                        "communes_2026-10-10.json: metadata.period: expected a month number from 1 to 12, found null");
    }

    @Test
    void a_run_date_not_written_ddmmyyyy_is_refused() {
        String json = communesWith("\"runDateStr\": \"10102026\"", "\"runDateStr\": \"2026-10-10\"");

        assertThat(failure(json))
                .hasMessage("communes_2026-10-10.json: metadata.runDateStr: expected a date written DDMMYYYY "
                        + "such as 10102026, found \"2026-10-10\"");
    }

    @Test
    void an_unknown_child_group_is_refused() {
        String json = communesWith(
                "\"childGroup\": \"COMMUNE\",\n      \"totalScore\": 75.34",
                "\"childGroup\": \"WARD\",\n      \"totalScore\": 75.34");

        assertThat(failure(json))
                .hasMessage(
                        "communes_2026-10-10.json: communes[0].childGroup: expected \"COMMUNE\" or \"AGENCY\", found \"WARD\"");
    }

    @Test
    void an_unknown_group_code_is_refused_rather_than_dropped() {
        String json = communesWith("\"TTTT\": 7.34", "\"TTTT\": 7.34, \"XYZ\": 1");

        assertThat(failure(json))
                .hasMessage("communes_2026-10-10.json: communes[0].groupScores.XYZ: expected only the groups "
                        + "CKMB, TDGQ, ONLINE, TTTT, MDHL, MDSH, found an unknown group");
    }

    @Test
    void a_group_with_more_than_two_decimals_is_refused_rather_than_rounded() {
        String json = communesWith("\"TTTT\": 7.34", "\"TTTT\": 7.345");

        assertThat(failure(json))
                .hasMessage("communes_2026-10-10.json: communes[0].groupScores.TTTT: expected a number with at most "
                        + "2 decimals, found 7.345");
    }

    @Test
    void a_file_without_a_unit_list_is_refused() {
        String json = communesWith("\"communes\": [", "\"wards\": [");

        assertThat(failure(json))
                .hasMessage("communes_2026-10-10.json: top level: expected exactly one unit list "
                        + "(communes, agencies, communesDetail or provinces), found none");
    }

    @Test
    void a_count_that_differs_from_the_list_is_refused() {
        String json = communesWith("\"count\": 2", "\"count\": 135");

        assertThat(failure(json))
                .hasMessage("communes_2026-10-10.json: count: expected 2 (the number of units in communes), found 135");
    }

    @Test
    void a_unit_code_listed_twice_is_refused() {
        String json = communesWith("\"departmentCode\": \"H21.125\"", "\"departmentCode\": \"H21.227\"");

        assertThat(failure(json))
                .hasMessage("communes_2026-10-10.json: communes[1].departmentCode: expected a code used once in the "
                        + "file, found H21.227 (also at communes[0])");
    }

    @Test
    void a_key_written_twice_is_refused_as_invalid_json() {
        String json = communesWith("\"totalScore\": 73.95,", "\"totalScore\": 73.95, \"totalScore\": 99.0,");

        assertThat(failure(json))
                .hasMessageStartingWith("communes_2026-10-10.json: the JSON is invalid at line ")
                .hasMessageContaining("Duplicate Object property \"totalScore\"");
    }

    @Test
    void a_top_level_array_is_refused() {
        assertThat(failure("[]")).hasMessage("communes_2026-10-10.json: top level: expected an object, found an array");
    }

    private static PortalFormatException failure(String json) {
        PortalFormatException e = catchThrowableOfType(PortalFormatException.class, () -> PortalJson.read(json));
        assertThat(e).as("a PortalFormatException").isNotNull();
        return e;
    }
}
