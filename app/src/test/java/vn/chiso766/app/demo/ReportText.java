package vn.chiso766.app.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.criteria.Criterion;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.report.MonthlyReport;
import vn.chiso766.domain.report.RemediationMeasure;
import vn.chiso766.domain.score.OperationalFigures;
import vn.chiso766.domain.score.ScoreCard;

/**
 * A ward's report written out as text in the seed's layout (DOMAIN.md "Who reports what", parts 1–8), from a
 * report and its score card. Written from {@link SeedReport} it is the seed text fixture of the reporting module;
 * written from other reports it gives the documents the import tests upload.
 */
public final class ReportText {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String HEADER =
            "Số hồ sơ trong tháng\tHồ sơ trễ hạn (thông báo trên Cổng DVCQG)\tHồ sơ trễ hạn (hệ thống Một cửa điện"
                    + " tử)\tTỷ lệ nộp trực tuyến (%)\tTỷ lệ hài lòng (%)\tHồ sơ có kết quả điện tử (%)\tHồ sơ đồng bộ"
                    + " lên Cổng DVCQG (%)\tChứng thực bản sao điện tử\tThanh toán trực tuyến (hồ sơ)\tĐiểm\tTăng/giảm"
                    + " so với tháng trước";

    private ReportText() {}

    /** The seed report as this project knows it. */
    public static String seed() {
        return of(SeedReport.report(), SeedReport.scoreCard(), CriteriaCatalogue.decision766());
    }

    /** The seed's content for another ward and month: its words, figures and signer, under that ward's name. */
    public static String seedFor(String wardName, Period.Month month) {
        MonthlyReport seed = SeedReport.report();
        String lower = wardName.replaceFirst("^Phường", "phường").replaceFirst("^Xã", "xã");
        String monthText = "%02d/%d".formatted(month.yearMonth().getMonthValue(), month.year());
        MonthlyReport report = new MonthlyReport(
                seed.unitCode(),
                month,
                "ỦY BAN NHÂN DÂN " + wardName.toUpperCase(VIETNAMESE),
                seed.number(),
                wardName.replaceFirst("^(Phường|Xã) ", ""),
                month.next().yearMonth().atDay(4),
                "Kết quả bộ chỉ số phục vụ người dân, doanh nghiệp tháng " + monthText + " trên địa bàn " + lower,
                seed.causes(),
                seed.measures(),
                seed.publicationLink(),
                seed.recipients(),
                seed.signer(),
                seed.namedLowestGroup(),
                seed.namedHighestGroup(),
                seed.status());
        ScoreCard card = SeedReport.scoreCard();
        return of(
                report,
                new ScoreCard(
                        seed.unitCode(), month, card.groups(), card.figures(), card.statedTotal(), card.statedChange()),
                CriteriaCatalogue.decision766());
    }

    public static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public static String of(MonthlyReport r, ScoreCard card, CriteriaCatalogue catalogue) {
        String month = "%02d/%d"
                .formatted(r.period().yearMonth().getMonthValue(), r.period().year());
        Period.Month previous = r.period().previous();
        String previousMonth = "%02d/%d".formatted(previous.yearMonth().getMonthValue(), previous.year());
        String body = r.issuingBody().substring("ỦY BAN NHÂN DÂN ".length());
        String area = r.title().substring(r.title().indexOf("trên địa bàn ") + "trên địa bàn ".length());
        List<String> lines = new ArrayList<>();
        lines.add("ỦY BAN NHÂN DÂN");
        lines.add(body);
        lines.add("Số: " + r.number());
        lines.add("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        lines.add("Độc lập - Tự do - Hạnh phúc");
        lines.add("%s, ngày %02d tháng %d năm %d"
                .formatted(
                        r.place(),
                        r.issuedOn().getDayOfMonth(),
                        r.issuedOn().getMonthValue(),
                        r.issuedOn().getYear()));
        lines.add("");
        lines.add("BÁO CÁO");
        lines.add(r.title());
        lines.add("");
        lines.add("Thực hiện Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ"
                + " đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành"
                + " chính, dịch vụ công theo thời gian thực trên môi trường điện tử, Ủy ban nhân dân " + area
                + " báo cáo kết quả tháng " + month + " trên địa bàn phường như sau:");
        lines.add("I. KẾT QUẢ THỰC HIỆN");
        lines.add("1. Số liệu hồ sơ");
        lines.add(HEADER);
        lines.add(figures(card));
        lines.add("2. Kết quả đánh giá");
        lines.add("Tổng điểm tháng " + month + " đạt " + number(card.statedTotal()) + " điểm, "
                + change(card.statedChange()) + " so với tháng " + previousMonth + ", cụ thể:");
        List<Criterion> criteria = catalogue.criteria();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            lines.add("- " + c.nameVi() + ": "
                    + number(card.groups().get(c.code()).orElseThrow()) + "/" + number(c.maxPoints()) + " điểm"
                    + (i == criteria.size() - 1 ? "." : ";"));
        }
        lines.add("Nhóm chỉ số đạt điểm thấp nhất: " + named(r.namedLowestGroup(), card, catalogue)
                + "; nhóm chỉ số đạt điểm cao nhất: " + named(r.namedHighestGroup(), card, catalogue) + ".");
        lines.add("II. NGUYÊN NHÂN, BIỆN PHÁP KHẮC PHỤC");
        lines.add("1. Nguyên nhân");
        r.causes().forEach(c -> lines.add("- " + c));
        lines.add("2. Biện pháp khắc phục");
        r.measures().stream().map(RemediationMeasure::text).forEach(m -> lines.add("- " + m));
        lines.add("Kết quả bộ chỉ số được công khai trên Trang thông tin điện tử phường tại địa chỉ: "
                + r.publicationLink());
        lines.add("Trên đây là báo cáo kết quả bộ chỉ số phục vụ người dân, doanh nghiệp tháng " + month
                + " của Ủy ban nhân dân " + area + "./.");
        lines.add("");
        lines.add("Nơi nhận:");
        r.recipients().forEach(c -> lines.add("- " + c));
        lines.add(r.signer().authority());
        lines.add(r.signer().position());
        lines.add("");
        lines.add("");
        lines.add(r.signer().name());
        return String.join("\n", lines) + "\n";
    }

    private static String figures(ScoreCard card) {
        OperationalFigures f = card.figures();
        return List.of(
                        Integer.toString(f.dossiers()),
                        Integer.toString(f.overdueOnPortal()),
                        Integer.toString(f.overdueOnOneStop()),
                        number(f.onlineSubmissionRate()),
                        number(f.satisfactionRate()),
                        number(f.electronicResultRate()),
                        number(f.synchronisedRate()),
                        Integer.toString(f.electronicCertifiedCopies()),
                        Integer.toString(f.onlinePayments()),
                        number(card.statedTotal()),
                        signed(card.statedChange()))
                .stream()
                .collect(Collectors.joining("\t"));
    }

    private static String named(String code, ScoreCard card, CriteriaCatalogue catalogue) {
        Criterion c = catalogue.get(code);
        return c.nameVi() + " (" + number(card.groups().get(code).orElseThrow()) + "/" + number(c.maxPoints())
                + " điểm)";
    }

    /** "84,1", "96,21", "18": as the seed writes numbers. */
    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String signed(BigDecimal value) {
        return value.signum() < 0 ? "−" + number(value.negate()) : number(value);
    }

    private static String change(BigDecimal value) {
        return (value.signum() < 0 ? "giảm " : "tăng ") + number(value.abs()) + " điểm";
    }
}
