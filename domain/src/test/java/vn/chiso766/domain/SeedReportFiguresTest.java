package vn.chiso766.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.score.GroupScores;
import vn.chiso766.domain.score.OperationalFigures;
import vn.chiso766.domain.score.ScoreCard;
import vn.chiso766.domain.score.ScoreCardValidator;
import vn.chiso766.domain.score.WeakestCriterion;
import vn.chiso766.domain.score.Weakness;

/** The figures of the seed report: phường Ninh Sơn, February 2024 (DOMAIN.md "Who reports what"). */
class SeedReportFiguresTest {

    private final CriteriaCatalogue catalogue = CriteriaCatalogue.decision766();
    private final ScoreCard february = new ScoreCard(
            "NINHSON",
            Period.month(2024, 2),
            GroupScores.of(
                    "CKMB", "16.7", "TDGQ", "19.4", "ONLINE", "7.3", "TTTT", "4.9", "MDHL", "18", "MDSH", "17.8"),
            OperationalFigures.NONE,
            new BigDecimal("84.1"),
            new BigDecimal("-1.5"));

    @Test
    void the_six_groups_sum_to_the_stated_total() {
        assertThat(february.total()).isEqualByComparingTo("84.1");
    }

    @Test
    void the_change_against_january_is_minus_one_and_a_half() {
        BigDecimal january = new BigDecimal("85.6");
        assertThat(february.total().subtract(january)).isEqualByComparingTo("-1.5");
        assertThat(ScoreCardValidator.validate(february, catalogue, january)).isEmpty();
    }

    @Test
    void the_weakest_criterion_by_attainment_is_online_payment_not_the_publicity_the_report_names() {
        Weakness weakest = WeakestCriterion.of(february.groups(), catalogue).orElseThrow();
        assertThat(weakest.criterion().code()).isEqualTo("TTTT");
        assertThat(weakest.points()).isEqualByComparingTo("4.9");
        assertThat(weakest.criterion().maxPoints()).isEqualByComparingTo("10");
        // The report names publicity (CKMB, 16,7/18 = 93 %) as its lowest group: fewest points lost is not weakest.
        assertThat(weakest.criterion().code()).isNotEqualTo("CKMB");
    }

    @Test
    void the_report_naming_publicity_as_its_lowest_group_is_flagged_in_both_languages() {
        var report = new vn.chiso766.domain.report.MonthlyReport(
                "NINHSON",
                Period.month(2024, 2),
                "ỦY BAN NHÂN DÂN PHƯỜNG NINH SƠN",
                "…/BC-UBND",
                "Ninh Sơn",
                java.time.LocalDate.of(2024, 3, 4),
                "Kết quả",
                java.util.List.of(),
                java.util.List.of(),
                null,
                java.util.List.of(),
                new vn.chiso766.domain.report.Signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "X"),
                "CKMB",
                "MDHL",
                vn.chiso766.domain.report.ReportStatus.APPROVED);
        var flags =
                vn.chiso766.domain.report.ReportConsistency.check(february, report, catalogue, new BigDecimal("85.6"));
        assertThat(flags).singleElement().satisfies(flag -> {
            assertThat(flag.type()).isEqualTo(vn.chiso766.domain.score.ViolationType.NAMED_LOWEST_NOT_WEAKEST);
            assertThat(flag.message(java.util.Locale.forLanguageTag("vi")))
                    .isEqualTo("Báo cáo nêu nhóm CKMB (Công khai, minh bạch) là thấp nhất, nhưng nhóm yếu nhất theo"
                            + " tỷ lệ đạt là TTTT (Thanh toán trực tuyến, 4,9/10 điểm).");
            assertThat(flag.message(java.util.Locale.ENGLISH))
                    .isEqualTo("The report names CKMB (Publicity and transparency) as its lowest group, but the"
                            + " weakest by attainment is TTTT (Online payment, 4.9 of 10 points).");
        });
    }
}
