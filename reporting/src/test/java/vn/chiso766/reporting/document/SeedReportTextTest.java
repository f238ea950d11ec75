package vn.chiso766.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.report.MonthlyReport;
import vn.chiso766.domain.report.RemediationMeasure;
import vn.chiso766.domain.report.ReportStatus;
import vn.chiso766.domain.report.Signer;
import vn.chiso766.domain.score.OperationalFigures;
import vn.chiso766.domain.score.ScoreCard;

/** "It must read the seed text exactly": every figure, group line, cause and measure, word for word. */
class SeedReportTextTest {

    static final ReportDocumentReader READER = new ReportDocumentReader(p -> CriteriaCatalogue.decision766());

    private final ReportExtraction seed = READER.read("bao-cao-ninh-son-02-2024.txt", SeedDocument.bytes());

    @Test
    void the_seed_text_reads_without_a_problem_as_utf8_text() {
        assertThat(seed.problems()).isEmpty();
        assertThat(seed.format()).isEqualTo(DocumentFormat.TEXT);
        assertThat(seed.encoding()).isEqualTo("UTF-8");
        assertThat(seed.lines()).hasSize(45);
    }

    @Test
    void the_header_gives_issuing_body_number_place_date_title_month_and_ward_with_their_lines() {
        assertThat(seed.issuingBody()).isEqualTo(new Found<>("ỦY BAN NHÂN DÂN PHƯỜNG NINH SƠN", 1));
        assertThat(seed.number()).isEqualTo(new Found<>("…/BC-UBND", 3));
        assertThat(seed.place()).isEqualTo(new Found<>("Ninh Sơn", 6));
        assertThat(seed.issuedOn()).isEqualTo(new Found<>(LocalDate.of(2024, 3, 4), 6));
        assertThat(seed.title())
                .isEqualTo(new Found<>(
                        "Kết quả bộ chỉ số phục vụ người dân, doanh nghiệp tháng 02/2024 trên địa bàn phường Ninh Sơn",
                        9));
        assertThat(seed.period()).isEqualTo(new Found<>(Period.month(2024, 2), 9));
        assertThat(seed.unitName()).isEqualTo(new Found<>("phường Ninh Sơn", 9));
    }

    @Test
    void the_one_row_table_gives_every_operational_figure() {
        assertThat(seed.figures())
                .isEqualTo(new Found<>(
                        new OperationalFigures(
                                180,
                                0,
                                0,
                                new BigDecimal("100"),
                                new BigDecimal("100"),
                                new BigDecimal("96.21"),
                                new BigDecimal("100"),
                                136,
                                132),
                        15));
        assertThat(seed.lines().get(14).cells())
                .containsExactly("180", "0", "0", "100", "100", "96,21", "100", "136", "132", "84,1", "−1,5");
        assertThat(seed.tableScore()).isEqualTo(new Found<>(new BigDecimal("84.1"), 15));
        assertThat(seed.tableChange()).isEqualTo(new Found<>(new BigDecimal("-1.5"), 15));
    }

    @Test
    void the_total_and_its_change_come_from_the_total_line_and_agree_with_the_table() {
        assertThat(seed.statedTotal()).isEqualTo(new Found<>(new BigDecimal("84.1"), 17));
        assertThat(seed.statedChange()).isEqualTo(new Found<>(new BigDecimal("-1.5"), 17));
    }

    @Test
    void every_group_line_is_matched_to_the_catalogue_with_its_points() {
        assertThat(seed.groups())
                .containsExactly(
                        entry("CKMB", new Found<>(new BigDecimal("16.7"), 18)),
                        entry("TDGQ", new Found<>(new BigDecimal("19.4"), 19)),
                        entry("ONLINE", new Found<>(new BigDecimal("7.3"), 20)),
                        entry("TTTT", new Found<>(new BigDecimal("4.9"), 21)),
                        entry("MDHL", new Found<>(new BigDecimal("18"), 22)),
                        entry("MDSH", new Found<>(new BigDecimal("17.8"), 23)));
        ScoreCard card = seed.toScoreCard("TNI.TPTN.NINHSON");
        assertThat(card.total()).isEqualByComparingTo("84.1");
    }

    @Test
    void the_groups_it_names_lowest_and_highest_are_kept_as_written() {
        assertThat(seed.namedLowestGroup()).isEqualTo(new Found<>("CKMB", 24));
        assertThat(seed.namedHighestGroup()).isEqualTo(new Found<>("MDHL", 24));
    }

    @Test
    void causes_are_read_word_for_word() {
        assertThat(seed.causes())
                .containsExactly(
                        new Found<>(
                                "Một số thủ tục hành chính chưa được cập nhật, công khai kịp thời trên Cổng Dịch vụ"
                                        + " công của tỉnh.",
                                27),
                        new Found<>(
                                "Tỷ lệ hồ sơ thanh toán phí, lệ phí trực tuyến còn thấp do người dân chưa quen sử"
                                        + " dụng các phương thức thanh toán điện tử.",
                                28),
                        new Found<>(
                                "Tỷ lệ hồ sơ nộp trực tuyến toàn trình chưa cao; một số hồ sơ số hóa chưa đầy đủ"
                                        + " thành phần.",
                                29));
    }

    @Test
    void measures_are_read_word_for_word_with_a_suggested_target() {
        assertThat(seed.measures())
                .extracting(Found::value)
                .extracting(RemediationMeasure::text, RemediationMeasure::targetCriterion)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Rà soát, cập nhật và công khai đầy đủ, kịp thời các thủ tục hành chính thuộc thẩm"
                                        + " quyền giải quyết của phường.",
                                "CKMB"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Bộ phận Một cửa hướng dẫn, hỗ trợ người dân nộp hồ sơ và thanh toán phí, lệ phí"
                                        + " trực tuyến.",
                                "TTTT"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Thực hiện số hóa hồ sơ, kết quả giải quyết thủ tục hành chính theo Thông tư số"
                                        + " 01/2023/TT-VPCP ngày 05/4/2023 của Văn phòng Chính phủ.",
                                "MDSH"));
        assertThat(seed.measures()).extracting(Found::line).containsExactly(31, 32, 33);
    }

    @Test
    void the_publication_link_recipients_and_signer_are_read() {
        assertThat(seed.publicationLink()).isEqualTo(new Found<>("https://ninhson.thanhpho.tayninh.gov.vn", 34));
        assertThat(seed.recipients())
                .containsExactly(
                        new Found<>("Phòng Nội vụ thành phố;", 38),
                        new Found<>("Chủ tịch, các PCT UBND phường;", 39),
                        new Found<>("Lưu: VT.", 40));
        assertThat(seed.signer())
                .isEqualTo(new Found<>(new Signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Minh"), 41));
    }

    @Test
    void the_extraction_becomes_the_report_and_score_card_of_the_unit() {
        MonthlyReport report = seed.toReport("TNI.TPTN.NINHSON", ReportStatus.DRAFT);
        assertThat(report.period()).isEqualTo(Period.month(2024, 2));
        assertThat(report.causes()).hasSize(3);
        assertThat(report.status()).isEqualTo(ReportStatus.DRAFT);
        ScoreCard card = seed.toScoreCard("TNI.TPTN.NINHSON");
        assertThat(card.statedTotal()).isEqualByComparingTo("84.1");
        assertThat(card.statedChange()).isEqualByComparingTo("-1.5");
        assertThat(card.figures().electronicResultRate()).isEqualByComparingTo("96.21");
    }
}
