package vn.chiso766.app.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.report.MeasureStatus;
import vn.chiso766.domain.report.MonthlyReport;
import vn.chiso766.domain.report.RemediationMeasure;
import vn.chiso766.domain.report.ReportStatus;
import vn.chiso766.domain.report.Signer;
import vn.chiso766.domain.score.GroupScores;
import vn.chiso766.domain.score.OperationalFigures;
import vn.chiso766.domain.score.ScoreCard;

/**
 * The seed: phường Ninh Sơn's report on February 2024 (DOMAIN.md "Who reports what"). Its figures are the
 * report's own; they are not demonstration data.
 */
final class SeedReport {

    static final String UNIT = DemoDistrict.NINH_SON;
    static final Period.Month PERIOD = Period.month(2024, 2);

    private SeedReport() {}

    static ScoreCard scoreCard() {
        return new ScoreCard(
                UNIT,
                PERIOD,
                GroupScores.of(
                        "CKMB", "16.7", "TDGQ", "19.4", "ONLINE", "7.3", "TTTT", "4.9", "MDHL", "18", "MDSH", "17.8"),
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
                new BigDecimal("84.1"),
                new BigDecimal("-1.5"));
    }

    /** January 2024, consistent with the seed's stated change of −1,5 (85,6 → 84,1); its split is invented. */
    static ScoreCard januaryScoreCard() {
        return ScoreCard.of(
                UNIT,
                PERIOD.previous(),
                GroupScores.of(
                        "CKMB", "16.7", "TDGQ", "19.6", "ONLINE", "8.0", "TTTT", "5.3", "MDHL", "18", "MDSH", "18.0"));
    }

    static MonthlyReport report() {
        return new MonthlyReport(
                UNIT,
                PERIOD,
                "ỦY BAN NHÂN DÂN PHƯỜNG NINH SƠN",
                "…/BC-UBND",
                "Ninh Sơn",
                LocalDate.of(2024, 3, 4),
                "Kết quả bộ chỉ số phục vụ người dân, doanh nghiệp tháng 02/2024 trên địa bàn phường Ninh Sơn",
                List.of(
                        "Một số thủ tục hành chính chưa được cập nhật, công khai kịp thời trên Cổng Dịch vụ công"
                                + " của tỉnh.",
                        "Tỷ lệ hồ sơ thanh toán phí, lệ phí trực tuyến còn thấp do người dân chưa quen sử dụng"
                                + " các phương thức thanh toán điện tử.",
                        "Tỷ lệ hồ sơ nộp trực tuyến toàn trình chưa cao; một số hồ sơ số hóa chưa đầy đủ thành"
                                + " phần."),
                List.of(
                        new RemediationMeasure(
                                "Rà soát, cập nhật và công khai đầy đủ, kịp thời các thủ tục hành chính thuộc thẩm"
                                        + " quyền giải quyết của phường.",
                                "CKMB",
                                "Công chức Văn phòng - Thống kê",
                                LocalDate.of(2024, 3, 31),
                                MeasureStatus.PLANNED),
                        new RemediationMeasure(
                                "Bộ phận Một cửa hướng dẫn, hỗ trợ người dân nộp hồ sơ và thanh toán phí, lệ phí"
                                        + " trực tuyến.",
                                "TTTT",
                                "Bộ phận Một cửa phường",
                                LocalDate.of(2024, 3, 31),
                                MeasureStatus.PLANNED),
                        new RemediationMeasure(
                                "Thực hiện số hóa hồ sơ, kết quả giải quyết thủ tục hành chính theo Thông tư số"
                                        + " 01/2023/TT-VPCP ngày 05/4/2023 của Văn phòng Chính phủ.",
                                "MDSH",
                                "Bộ phận Một cửa phường",
                                LocalDate.of(2024, 3, 31),
                                MeasureStatus.PLANNED)),
                "https://ninhson.thanhpho.tayninh.gov.vn",
                List.of("Phòng Nội vụ thành phố;", "Chủ tịch, các PCT UBND phường;", "Lưu: VT."),
                new Signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Minh"),
                "CKMB",
                "MDHL",
                ReportStatus.APPROVED);
    }
}
