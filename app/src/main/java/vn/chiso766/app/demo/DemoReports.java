package vn.chiso766.app.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.report.MeasureStatus;
import vn.chiso766.domain.report.MonthlyReport;
import vn.chiso766.domain.report.RemediationMeasure;
import vn.chiso766.domain.report.ReportStatus;
import vn.chiso766.domain.report.Signer;
import vn.chiso766.domain.score.ScoreCard;
import vn.chiso766.domain.score.WeakestCriterion;
import vn.chiso766.domain.score.Weakness;
import vn.chiso766.domain.unit.Unit;

/**
 * Invented monthly reports for the demonstration wards, in the seed's layout: the causes and measures address the
 * two weakest criteria of the month, so the remediation follow-up has something to follow.
 */
final class DemoReports {

    private static final Map<String, String> CAUSES = Map.of(
            "CKMB", "Việc cập nhật, công khai thủ tục hành chính trên Cổng Dịch vụ công còn chậm.",
            "TDGQ", "Một số hồ sơ giải quyết trễ hạn do phải xác minh, lấy ý kiến nhiều cơ quan.",
            "ONLINE", "Người dân còn quen nộp hồ sơ trực tiếp; tỷ lệ hồ sơ trực tuyến toàn trình chưa cao.",
            "TTTT", "Tỷ lệ thanh toán phí, lệ phí trực tuyến thấp; người dân chưa quen thanh toán điện tử.",
            "MDHL", "Một số ý kiến phản ánh, kiến nghị chưa được xử lý, phản hồi kịp thời.",
            "MDSH", "Việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính chưa đầy đủ.");

    private static final Map<String, String> MEASURES = Map.of(
            "CKMB", "Rà soát, cập nhật, công khai kịp thời các thủ tục hành chính thuộc thẩm quyền của đơn vị.",
            "TDGQ", "Theo dõi hạn xử lý từng hồ sơ, nhắc việc trước hạn 02 ngày làm việc.",
            "ONLINE", "Bố trí công chức hướng dẫn người dân nộp hồ sơ trực tuyến tại Bộ phận Một cửa.",
            "TTTT", "Hướng dẫn, hỗ trợ người dân thanh toán phí, lệ phí trực tuyến qua Cổng Dịch vụ công.",
            "MDHL", "Tiếp nhận, xử lý và phản hồi phản ánh, kiến nghị đúng hạn; khảo sát mức độ hài lòng.",
            "MDSH", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính theo Thông tư số 01/2023/TT-VPCP.");

    private final CriteriaCatalogue catalogue;

    DemoReports(CriteriaCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    MonthlyReport forCard(Unit ward, ScoreCard card, int number) {
        Period.Month month = (Period.Month) card.period();
        List<Weakness> weakest = WeakestCriterion.weaknesses(card.groups(), catalogue).stream()
                .sorted((a, b) -> a.attainment().compareTo(b.attainment()))
                .limit(2)
                .toList();
        LocalDate issued = month.next().yearMonth().atDay(4);
        LocalDate due = month.next().yearMonth().atEndOfMonth();
        String place = ward.name().replaceFirst("^(Phường|Xã) ", "");
        return new MonthlyReport(
                ward.code(),
                month,
                "ỦY BAN NHÂN DÂN " + ward.name().toUpperCase(java.util.Locale.forLanguageTag("vi")),
                number + "/BC-UBND",
                place,
                issued,
                "Kết quả bộ chỉ số phục vụ người dân, doanh nghiệp tháng %02d/%d trên địa bàn %s"
                        .formatted(month.yearMonth().getMonthValue(), month.year(), lowerKind(ward.name())),
                weakest.stream().map(w -> CAUSES.get(w.criterion().code())).toList(),
                weakest.stream()
                        .map(w -> new RemediationMeasure(
                                MEASURES.get(w.criterion().code()),
                                w.criterion().code(),
                                "Bộ phận Một cửa",
                                due,
                                month.equals(DemoScores.LAST) ? MeasureStatus.IN_PROGRESS : MeasureStatus.DONE))
                        .toList(),
                null,
                List.of("Phòng Nội vụ thành phố;", "Lưu: VT."),
                new Signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Số liệu minh họa)"),
                weakest.getFirst().criterion().code(),
                null,
                status(ward, month));
    }

    /** Phường Hiệp Ninh's February 2024 report waits for the office's approval, which shows the access rules. */
    private static ReportStatus status(Unit ward, Period.Month month) {
        return ward.code().equals(DemoDistrict.HIEP_NINH) && month.equals(DemoScores.LAST)
                ? ReportStatus.SUBMITTED
                : ReportStatus.APPROVED;
    }

    private static String lowerKind(String name) {
        return name.replaceFirst("^Phường", "phường").replaceFirst("^Xã", "xã");
    }
}
