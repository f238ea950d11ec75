package vn.chiso766.domain.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.period.Period;

class ScoreCardValidatorTest {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private final CriteriaCatalogue catalogue = CriteriaCatalogue.decision766();
    private final GroupScores valid =
            GroupScores.of("CKMB", 16.7, "TDGQ", 19.4, "ONLINE", 7.3, "TTTT", 4.9, "MDHL", 18, "MDSH", 17.8);

    private List<Violation> validate(GroupScores groups, String statedTotal, String statedChange, String previous) {
        var card = new ScoreCard(
                "W",
                Period.month(2024, 2),
                groups,
                OperationalFigures.NONE,
                statedTotal == null ? null : new BigDecimal(statedTotal),
                statedChange == null ? null : new BigDecimal(statedChange));
        return ScoreCardValidator.validate(card, catalogue, previous == null ? null : new BigDecimal(previous));
    }

    @Test
    void a_consistent_card_has_no_violation() {
        assertThat(validate(valid, "84.1", "-1.5", "85.6")).isEmpty();
    }

    @Test
    void a_group_above_its_maximum_is_named_with_its_range() {
        var groups =
                GroupScores.of("CKMB", 16.7, "TDGQ", 19.4, "ONLINE", 7.3, "TTTT", 4.9, "MDHL", 18.42, "MDSH", 17.8);
        List<Violation> violations = validate(groups, null, null, null);
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.type()).isEqualTo(ViolationType.GROUP_OUT_OF_RANGE);
            assertThat(v.criterionCode()).isEqualTo("MDHL");
            assertThat(v.message(VI))
                    .isEqualTo("Nhóm MDHL (Mức độ hài lòng): 18,42 điểm nằm ngoài khoảng cho phép từ 0 đến 18.");
            assertThat(v.message(Locale.ENGLISH))
                    .isEqualTo("Group MDHL (Satisfaction): 18.42 points is outside the allowed range 0 to 18.");
        });
    }

    @Test
    void a_negative_group_is_out_of_range() {
        var groups = GroupScores.of("CKMB", -1, "TDGQ", 19.4, "ONLINE", 7.3, "TTTT", 4.9, "MDHL", 18, "MDSH", 17.8);
        assertThat(validate(groups, null, null, null))
                .extracting(Violation::type, Violation::criterionCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ViolationType.GROUP_OUT_OF_RANGE, "CKMB"));
    }

    @Test
    void a_missing_and_an_unknown_group_are_each_reported() {
        var groups = GroupScores.of("CKMB", 16.7, "TDGQ", 19.4, "ONLINE", 7.3, "TTTT", 4.9, "MDHL", 18, "XYZ", 1);
        List<Violation> violations = validate(groups, null, null, null);
        assertThat(violations)
                .extracting(Violation::type)
                .containsExactly(ViolationType.GROUP_MISSING, ViolationType.GROUP_UNKNOWN);
        assertThat(violations.get(0).message(VI)).isEqualTo("Nhóm MDSH (Số hóa hồ sơ) chưa có điểm.");
        assertThat(violations.get(1).message(Locale.ENGLISH)).isEqualTo("Group XYZ is not in the criterion catalogue.");
    }

    @Test
    void a_stated_total_is_accepted_within_five_hundredths_and_flagged_beyond() {
        assertThat(validate(valid, "84.15", null, null)).isEmpty();
        List<Violation> violations = validate(valid, "85.1", null, null);
        assertThat(violations).singleElement().extracting(Violation::type).isEqualTo(ViolationType.TOTAL_MISMATCH);
        assertThat(violations.getFirst().message(VI))
                .isEqualTo("Tổng điểm ghi trong báo cáo 85,1 khác tổng các nhóm 84,1 quá 0,05 điểm.");
    }

    @Test
    void a_stated_change_that_differs_from_the_computed_one_is_flagged() {
        List<Violation> violations = validate(valid, null, "+1.5", "85.6");
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.type()).isEqualTo(ViolationType.CHANGE_MISMATCH);
            assertThat(v.message(Locale.ENGLISH))
                    .isEqualTo("The stated change 1.5 differs from the computed change -1.5 (against the previous"
                            + " total 85.6) by more than 0.05.");
        });
    }

    @Test
    void a_stated_change_without_a_previous_total_cannot_be_checked() {
        assertThat(validate(valid, null, "+7", null)).isEmpty();
    }
}
