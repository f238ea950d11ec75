package vn.chiso766.reporting.export.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.criteria.Criterion;
import vn.chiso766.domain.report.MonthlyReport;
import vn.chiso766.domain.report.RemediationMeasure;
import vn.chiso766.domain.score.OperationalFigures;
import vn.chiso766.domain.score.ScoreCard;
import vn.chiso766.domain.unit.Unit;
import vn.chiso766.reporting.export.VietnameseText;

/**
 * A ward's monthly report as the official document, with the sections of the seed report (DOMAIN.md "Who reports
 * what"): the legal basis, the one-row table of operational figures, the total and group lines with the groups
 * the report names lowest and highest, causes, measures, where it is published, recipients and signature. The
 * report's own words are kept as written; only the fixed wording of the form is added.
 */
public final class WardReportDocument {

    /** What the ward page shows of one month's report. */
    public record Input(
            Unit unit, MonthlyReport report, @Nullable ScoreCard card, List<Criterion> criteria, boolean demo) {}

    static final List<String> FIGURE_HEADERS = List.of(
            "Số hồ sơ trong tháng",
            "Hồ sơ trễ hạn (thông báo trên Cổng DVCQG)",
            "Hồ sơ trễ hạn (hệ thống Một cửa điện tử)",
            "Tỷ lệ nộp trực tuyến (%)",
            "Tỷ lệ hài lòng (%)",
            "Hồ sơ có kết quả điện tử (%)",
            "Hồ sơ đồng bộ lên Cổng DVCQG (%)",
            "Chứng thực bản sao điện tử",
            "Thanh toán trực tuyến (hồ sơ)",
            "Điểm",
            "Tăng/giảm so với tháng trước");

    private WardReportDocument() {}

    public static OfficialDocument of(Input input) {
        MonthlyReport report = input.report();
        List<OfficialDocument.Block> body = new ArrayList<>();
        if (input.demo()) {
            body.add(new OfficialDocument.Text("(Số liệu minh họa: các số liệu trong báo cáo này là giả định.)"));
        }
        body.add(new OfficialDocument.Text("Thực hiện Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính"
                + " phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh"
                + " nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường"
                + " điện tử, Ủy ban nhân dân "
                + VietnameseText.inSentence(input.unit().name())
                + " báo cáo kết quả " + VietnameseText.period(report.period()).toLowerCase(VietnameseText.VIETNAMESE)
                + " như sau:"));
        if (input.card() != null) {
            body.add(new OfficialDocument.Heading("1. Kết quả giải quyết thủ tục hành chính trong tháng"));
            body.add(figures(input.card()));
            body.add(new OfficialDocument.Heading("2. Kết quả Bộ chỉ số"));
            body.addAll(groupLines(input.card(), input.criteria(), report));
        }
        body.add(new OfficialDocument.Heading((input.card() == null ? "1" : "3") + ". Nguyên nhân"));
        body.add(new OfficialDocument.Bullets(report.causes()));
        body.add(new OfficialDocument.Heading((input.card() == null ? "2" : "4") + ". Biện pháp khắc phục"));
        body.add(new OfficialDocument.Bullets(
                report.measures().stream().map(RemediationMeasure::text).toList()));
        if (report.publicationLink() != null) {
            body.add(new OfficialDocument.Text("Kết quả được công khai tại: " + report.publicationLink()));
        }
        return new OfficialDocument(
                null,
                report.issuingBody(),
                report.number(),
                report.place(),
                report.issuedOn(),
                "BÁO CÁO",
                report.title(),
                body,
                report.recipients(),
                report.signer());
    }

    /** The report's one-row table, worded and formatted as the ward page's table. */
    static OfficialDocument.Table figures(ScoreCard card) {
        OperationalFigures f = card.figures();
        List<String> values = List.of(
                integer(f.dossiers()),
                integer(f.overdueOnPortal()),
                integer(f.overdueOnOneStop()),
                decimal(f.onlineSubmissionRate()),
                decimal(f.satisfactionRate()),
                decimal(f.electronicResultRate()),
                decimal(f.synchronisedRate()),
                integer(f.electronicCertifiedCopies()),
                integer(f.onlinePayments()),
                VietnameseText.score(card.statedTotal() != null ? card.statedTotal() : card.total()),
                card.statedChange() == null ? "–" : VietnameseText.signed(card.statedChange()));
        return new OfficialDocument.Table(FIGURE_HEADERS, List.of(values), List.of(8, 9, 9, 8, 8, 9, 9, 9, 9, 7, 9));
    }

    private static List<OfficialDocument.Block> groupLines(
            ScoreCard card, List<Criterion> criteria, MonthlyReport report) {
        List<OfficialDocument.Block> blocks = new ArrayList<>();
        blocks.add(new OfficialDocument.Text("Tổng điểm đạt " + VietnameseText.figure(card.total()) + "/"
                + VietnameseText.figure(
                        criteria.stream().map(Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add))
                + " điểm, trong đó:"));
        List<String> lines = new ArrayList<>();
        for (Criterion criterion : criteria) {
            card.groups()
                    .get(criterion.code())
                    .ifPresent(points -> lines.add(criterion.nameVi() + ": " + pointsOf(points, criterion) + ";"));
        }
        blocks.add(new OfficialDocument.Bullets(lines));
        String lowest = named(report.namedLowestGroup(), card, criteria);
        String highest = named(report.namedHighestGroup(), card, criteria);
        if (lowest != null || highest != null) {
            blocks.add(new OfficialDocument.Text("Nhóm chỉ số có kết quả thấp nhất: " + (lowest == null ? "–" : lowest)
                    + "; nhóm chỉ số có kết quả cao nhất: " + (highest == null ? "–" : highest) + "."));
        }
        return blocks;
    }

    /** "16,7/18 điểm", as reports write a group's points. */
    static String pointsOf(BigDecimal points, Criterion criterion) {
        return VietnameseText.figure(points) + "/" + VietnameseText.figure(criterion.maxPoints()) + " điểm";
    }

    private static @Nullable String named(@Nullable String code, ScoreCard card, List<Criterion> criteria) {
        if (code == null) {
            return null;
        }
        return criteria.stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .map(c -> c.nameVi()
                        + card.groups()
                                .get(code)
                                .map(p -> " (" + pointsOf(p, c) + ")")
                                .orElse(""))
                .orElse(code);
    }

    private static String integer(@Nullable Integer value) {
        return value == null ? "–" : Integer.toString(value);
    }

    private static String decimal(@Nullable BigDecimal value) {
        return value == null ? "–" : VietnameseText.figure(value);
    }
}
