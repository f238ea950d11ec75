package vn.chiso766.reporting.export.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.criteria.Criterion;
import vn.chiso766.domain.heatmap.CriteriaHeatmap;
import vn.chiso766.domain.overview.Mover;
import vn.chiso766.domain.overview.ScopeOverview;
import vn.chiso766.domain.report.Signer;
import vn.chiso766.domain.score.Band;
import vn.chiso766.domain.unit.Unit;
import vn.chiso766.domain.unit.UnitKind;
import vn.chiso766.reporting.export.Labels;
import vn.chiso766.reporting.export.VietnameseText;
import vn.chiso766.reporting.export.table.ComparisonRow;
import vn.chiso766.reporting.export.table.ComparisonTable;

/**
 * The district's (or province's) monthly summary of its wards, from the overview and ranking screens' objects:
 * the average and its change, best and worst, the ranking table, the wards that fell most, the criteria weakest
 * across the scope, the wards below a threshold, the remediation measures due or overdue, the wards without a
 * report. The sentences are generated so that an officer of the internal affairs office can sign after reading.
 */
public final class DistrictSummaryDocument {

    private static final int WEAKEST_CRITERIA = 3;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** What the summary is made from: the month's ranking, its overview against the previous month, its heatmap. */
    public record Input(
            ComparisonTable ranking,
            ScopeOverview overview,
            CriteriaHeatmap heatmap,
            BigDecimal threshold,
            List<DueMeasure> measures,
            LocalDate issuedOn) {}

    private DistrictSummaryDocument() {}

    public static OfficialDocument of(Input input) {
        ComparisonTable ranking = input.ranking();
        Unit scope = ranking.scope();
        String units = unitsWord(ranking);
        String month = VietnameseText.period(ranking.period()).toLowerCase(VietnameseText.VIETNAMESE);
        List<OfficialDocument.Block> body = new ArrayList<>();
        body.add(new OfficialDocument.Text("Căn cứ Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ"
                + " và kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp " + month + " của các " + units + ", "
                + office(scope) + " tổng hợp như sau:"));
        if (ranking.hasDemoData()) {
            body.add(new OfficialDocument.Text(
                    "(Số liệu minh họa: các số liệu có ghi chú \"Minh họa\" là số liệu giả định.)"));
        }
        body.add(new OfficialDocument.Heading("1. Tình hình chung"));
        body.add(new OfficialDocument.Text(averageSentence(input, units)));
        body.add(new OfficialDocument.Text(reportingSentence(ranking, units)));
        bestAndWorst(ranking).ifPresent(body::add);
        bandsSentence(input.overview()).ifPresent(body::add);
        body.add(new OfficialDocument.Heading("2. Bảng xếp hạng"));
        body.add(rankingTable(ranking));
        body.add(new OfficialDocument.Heading("3. Đơn vị giảm điểm nhiều nhất"));
        body.add(fallers(input.overview()));
        body.add(new OfficialDocument.Heading("4. Nhóm chỉ số yếu nhất trên toàn địa bàn"));
        body.add(weakestCriteria(input.heatmap()));
        body.add(new OfficialDocument.Heading("5. Đơn vị dưới " + VietnameseText.figure(input.threshold()) + " điểm"));
        body.add(belowThreshold(ranking, input.threshold()));
        body.add(new OfficialDocument.Heading("6. Biện pháp khắc phục đến hạn hoặc quá hạn"));
        body.addAll(measures(input.measures(), input.issuedOn()));
        body.add(new OfficialDocument.Heading("7. Đơn vị chưa có báo cáo"));
        body.add(missing(ranking));
        return new OfficialDocument(
                "ỦY BAN NHÂN DÂN " + upper(scope.name()),
                upper(office(scope)),
                "       /BC-" + (scope.kind() == UnitKind.PROVINCE ? "SNV" : "PNV"),
                place(scope),
                input.issuedOn(),
                "BÁO CÁO",
                "Tổng hợp kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp " + month + " của các " + units + " thuộc "
                        + VietnameseText.inSentence(scope.name()),
                body,
                List.of("Lãnh đạo " + abbreviated(scope) + ";", "UBND các " + units + ";", "Lưu: VT."),
                new Signer("", "TRƯỞNG PHÒNG", ""));
    }

    static String averageSentence(Input input, String units) {
        ScopeOverview overview = input.overview();
        String month = VietnameseText.period(input.ranking().period()).toLowerCase(VietnameseText.VIETNAMESE);
        if (overview.average() == null) {
            return "Trong " + month + ", chưa có " + units + " nào có kết quả.";
        }
        StringBuilder sentence = new StringBuilder("Trong ")
                .append(month)
                .append(", điểm trung bình của ")
                .append(overview.reported())
                .append(' ')
                .append(units)
                .append(" đạt ")
                .append(oneDecimal(overview.average()))
                .append(" điểm");
        BigDecimal change = overview.averageChange();
        if (change != null) {
            BigDecimal rounded = change.setScale(1, RoundingMode.HALF_UP);
            if (rounded.signum() == 0) {
                sentence.append(", tương đương tháng trước");
            } else {
                sentence.append(rounded.signum() > 0 ? ", tăng " : ", giảm ")
                        .append(VietnameseText.figure(rounded.abs()))
                        .append(" điểm so với tháng trước");
            }
        }
        return sentence.append('.').toString();
    }

    private static String reportingSentence(ComparisonTable ranking, String units) {
        int all = ranking.rows().size() + ranking.missing().size();
        if (ranking.missing().isEmpty()) {
            return "Tất cả " + all + " " + units + " đều đã có kết quả trong tháng.";
        }
        return "Có " + ranking.rows().size() + "/" + all + " " + units + " đã có kết quả; "
                + ranking.missing().size() + " đơn vị chưa có báo cáo.";
    }

    private static java.util.Optional<OfficialDocument.Block> bestAndWorst(ComparisonTable ranking) {
        if (ranking.rows().size() < 2) {
            return java.util.Optional.empty();
        }
        List<ComparisonRow> best =
                ranking.rows().stream().filter(r -> r.rank() == 1).toList();
        int lastRank = ranking.rows().getLast().rank();
        List<ComparisonRow> worst =
                ranking.rows().stream().filter(r -> r.rank() == lastRank).toList();
        return java.util.Optional.of(new OfficialDocument.Text(
                capitalised("dẫn đầu là " + named(best) + "; thấp nhất là " + named(worst) + ".")));
    }

    /** "phường Ninh Thạnh với 92,4 điểm", or for a tie "phường A và phường B cùng đạt 92,4 điểm". */
    private static String named(List<ComparisonRow> rows) {
        String names = joined(rows.stream()
                .map(r -> VietnameseText.inSentence(r.unit().name()))
                .toList());
        String points = oneDecimal(rows.getFirst().total()) + " điểm";
        return rows.size() == 1 ? names + " với " + points : names + " cùng đạt " + points;
    }

    private static java.util.Optional<OfficialDocument.Block> bandsSentence(ScopeOverview overview) {
        List<String> parts = new ArrayList<>();
        for (Band band : Band.values()) {
            int count = overview.bands().getOrDefault(band, 0);
            if (count > 0) {
                parts.add(count + " đơn vị xếp loại " + Labels.band(band));
            }
        }
        return parts.isEmpty()
                ? java.util.Optional.empty()
                : java.util.Optional.of(new OfficialDocument.Text("Về xếp loại: " + joined(parts) + "."));
    }

    private static OfficialDocument.Table rankingTable(ComparisonTable ranking) {
        List<List<String>> rows = new ArrayList<>();
        for (ComparisonRow row : ranking.rows()) {
            rows.add(List.of(
                    Integer.toString(row.rank()),
                    row.unit().name() + (row.demo() ? " (" + Labels.DEMO + ")" : ""),
                    VietnameseText.score(row.total()),
                    row.change() == null ? "" : VietnameseText.signed(row.change()),
                    Labels.band(row.band()),
                    row.weakest() == null
                            ? ""
                            : row.weakest().criterion().nameVi() + " ("
                                    + WardReportDocument.pointsOf(
                                            row.weakest().points(),
                                            row.weakest().criterion())
                                    + ")"));
        }
        ranking.missing().forEach(u -> rows.add(List.of("", u.name(), "", "", Labels.NO_REPORT, "")));
        return new OfficialDocument.Table(
                List.of(Labels.RANK, Labels.UNIT, Labels.TOTAL, Labels.CHANGE, Labels.BAND, Labels.WEAKEST),
                rows,
                List.of(6, 26, 10, 10, 12, 30));
    }

    private static OfficialDocument.Block fallers(ScopeOverview overview) {
        List<Mover> fallers = overview.fallersByPoints();
        if (fallers.isEmpty()) {
            return new OfficialDocument.Text("Không có đơn vị nào giảm điểm so với tháng trước.");
        }
        return new OfficialDocument.Bullets(fallers.stream()
                .map(m -> capitalised(VietnameseText.inSentence(m.unit().name())) + ": giảm "
                        + oneDecimal(m.points().abs()) + " điểm" + places(m.places()) + ";")
                .toList());
    }

    private static String places(@Nullable Integer places) {
        if (places == null || places == 0) {
            return places == null ? "" : ", giữ nguyên thứ hạng";
        }
        return places < 0 ? ", tụt " + -places + " bậc" : ", tăng " + places + " bậc";
    }

    private static OfficialDocument.Block weakestCriteria(CriteriaHeatmap heatmap) {
        if (heatmap.meanAttainment().isEmpty()) {
            return new OfficialDocument.Text("Chưa có kết quả để so sánh các nhóm chỉ số.");
        }
        Map<String, Criterion> criteria = heatmap.ranking().catalogue().byCode();
        List<String> lines = heatmap.meanAttainment().entrySet().stream()
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue()
                        .thenComparing(e -> heatmap.ranking().catalogue().indexOf(e.getKey())))
                .limit(WEAKEST_CRITERIA)
                .map(e -> {
                    Criterion c = criteria.get(e.getKey());
                    BigDecimal points = c.maxPoints().multiply(e.getValue()).setScale(1, RoundingMode.HALF_UP);
                    return c.nameVi() + ": bình quân " + VietnameseText.figure(points) + "/"
                            + VietnameseText.figure(c.maxPoints()) + " điểm, đạt "
                            + VietnameseText.percent(e.getValue()) + ";";
                })
                .toList();
        return new OfficialDocument.Bullets(lines);
    }

    private static OfficialDocument.Block belowThreshold(ComparisonTable ranking, BigDecimal threshold) {
        List<ComparisonRow> below = ranking.rows().stream()
                .filter(r -> r.total().compareTo(threshold) < 0)
                .toList();
        if (below.isEmpty()) {
            return new OfficialDocument.Text("Không có đơn vị nào dưới " + VietnameseText.figure(threshold) + " điểm.");
        }
        return new OfficialDocument.Bullets(below.stream()
                .map(r -> r.unit().name() + ": " + VietnameseText.score(r.total()) + " điểm (hạng " + r.rank() + ");")
                .toList());
    }

    private static List<OfficialDocument.Block> measures(List<DueMeasure> measures, LocalDate today) {
        if (measures.isEmpty()) {
            return List.of(new OfficialDocument.Text(
                    "Không có biện pháp khắc phục nào đến hạn hoặc quá hạn mà chưa" + " hoàn thành."));
        }
        long overdue = measures.stream().filter(DueMeasure::overdue).count();
        List<List<String>> rows = measures.stream()
                .sorted(Comparator.comparing((DueMeasure m) -> m.measure().dueDate())
                        .thenComparing(m -> m.unit().name()))
                .map(m -> List.of(
                        m.unit().name(),
                        m.measure().text(),
                        m.measure().responsible() == null ? "" : m.measure().responsible(),
                        m.measure().dueDate() == null
                                ? ""
                                : DATE.format(m.measure().dueDate()),
                        m.overdue() ? "Quá hạn" : "Đến hạn"))
                .collect(Collectors.toList());
        return List.of(
                new OfficialDocument.Text("Có " + measures.size() + " biện pháp khắc phục đến hạn hoặc quá hạn mà"
                        + " chưa hoàn thành (tính đến ngày " + DATE.format(today) + "), trong đó " + overdue
                        + " biện pháp đã quá hạn:"),
                new OfficialDocument.Table(
                        List.of("Đơn vị", "Biện pháp", "Người chịu trách nhiệm", "Thời hạn", "Tình trạng"),
                        rows,
                        List.of(16, 40, 17, 15, 10)));
    }

    private static OfficialDocument.Block missing(ComparisonTable ranking) {
        if (ranking.missing().isEmpty()) {
            return new OfficialDocument.Text("Tất cả các đơn vị đã có báo cáo.");
        }
        return new OfficialDocument.Text("Các đơn vị chưa có báo cáo: "
                + joined(ranking.missing().stream()
                        .map(u -> VietnameseText.inSentence(u.name()))
                        .toList())
                + ".");
    }

    /** "phường", "xã" or "phường, xã" after the kinds of the units compared; "đơn vị" for any other mix. */
    static String unitsWord(ComparisonTable ranking) {
        List<Unit> units = new ArrayList<>(ranking.missing());
        ranking.rows().forEach(r -> units.add(r.unit()));
        boolean wards = units.stream().anyMatch(u -> u.kind() == UnitKind.WARD);
        boolean communes =
                units.stream().anyMatch(u -> u.kind() == UnitKind.COMMUNE || u.kind() == UnitKind.SPECIAL_ZONE);
        boolean others = units.stream().anyMatch(u -> !u.kind().isCommuneLevel());
        if (others || units.isEmpty()) {
            return "đơn vị";
        }
        return wards && communes ? "phường, xã" : wards ? "phường" : "xã";
    }

    /** Prose writes scores with one decimal, as ward reports do: "85,4", "90,0" → "90". */
    static String oneDecimal(BigDecimal value) {
        return VietnameseText.figure(value.setScale(1, RoundingMode.HALF_UP));
    }

    /** "A, B và C". */
    static String joined(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " và " + parts.getLast();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String office(Unit scope) {
        return scope.kind() == UnitKind.PROVINCE ? "Sở Nội vụ" : "Phòng Nội vụ";
    }

    private static String abbreviated(Unit scope) {
        return "UBND " + VietnameseText.inSentence(scope.name());
    }

    /** "Thành phố Tây Ninh" → "Tây Ninh": the place line names the town, not its kind. */
    static String place(Unit scope) {
        String lower = VietnameseText.inSentence(scope.name());
        return lower.equals(scope.name())
                ? scope.name()
                : lower.substring(lower.indexOf(' ', lower.indexOf(' ') + 1) + 1);
    }

    private static String upper(String text) {
        return text.toUpperCase(VietnameseText.VIETNAMESE);
    }
}
