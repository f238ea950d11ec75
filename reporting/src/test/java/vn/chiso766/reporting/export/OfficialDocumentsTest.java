package vn.chiso766.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.chiso766.domain.heatmap.CriteriaHeatmap;
import vn.chiso766.domain.overview.ScopeOverview;
import vn.chiso766.domain.ranking.RankingTable;
import vn.chiso766.domain.ranking.RankingTableBuilder;
import vn.chiso766.domain.report.MeasureStatus;
import vn.chiso766.domain.report.RemediationMeasure;
import vn.chiso766.domain.report.Signer;
import vn.chiso766.domain.score.BandThresholds;
import vn.chiso766.domain.score.GroupScores;
import vn.chiso766.domain.score.ScoreCard;
import vn.chiso766.domain.unit.Unit;
import vn.chiso766.reporting.export.document.DistrictSummaryDocument;
import vn.chiso766.reporting.export.document.DocxRenderer;
import vn.chiso766.reporting.export.document.DueMeasure;
import vn.chiso766.reporting.export.document.OfficialDocument;
import vn.chiso766.reporting.export.document.PdfRenderer;
import vn.chiso766.reporting.export.table.ComparisonTable;

class OfficialDocumentsTest {

    private static final Unit A = ExportFixtures.unit(1, "Phường Hiệp Ninh");
    private static final Unit B = ExportFixtures.unit(2, "Phường Ninh Thạnh");
    private static final Unit C = ExportFixtures.unit(3, "Xã Thạnh Tân");
    private static final Unit D = ExportFixtures.unit(4, "Xã Tân Bình");

    /** Totals 86, 82 and 68 in February against 85 and 80 in January; Xã Tân Bình has no report. */
    private static DistrictSummaryDocument.Input input(List<DueMeasure> measures) {
        List<ScoreCard> february = List.of(
                card(A, 86, ExportFixtures.FEBRUARY),
                card(B, 82, ExportFixtures.FEBRUARY),
                card(C, 68, ExportFixtures.FEBRUARY));
        List<ScoreCard> january = List.of(
                card(A, 85, ExportFixtures.FEBRUARY.previous()), card(B, 80, ExportFixtures.FEBRUARY.previous()));
        RankingTableBuilder builder = new RankingTableBuilder(ExportFixtures.CATALOGUE, BandThresholds.DEFAULT);
        RankingTable current =
                builder.build(ExportFixtures.DISTRICT, ExportFixtures.FEBRUARY, List.of(A, B, C, D), february, january);
        RankingTable previous = builder.build(
                ExportFixtures.DISTRICT, ExportFixtures.FEBRUARY.previous(), List.of(A, B, C, D), january, List.of());
        return new DistrictSummaryDocument.Input(
                ComparisonTable.of(current, null, Set.of(), Map.of(), BandThresholds.DEFAULT),
                ScopeOverview.of(current, previous),
                CriteriaHeatmap.of(current),
                new BigDecimal("70"),
                measures,
                LocalDate.of(2024, 3, 10));
    }

    /** A card with the total spread over the groups in proportion to their maxima. */
    private static ScoreCard card(Unit unit, int total, vn.chiso766.domain.period.Period.Month month) {
        Map<String, BigDecimal> points = new java.util.LinkedHashMap<>();
        ExportFixtures.CATALOGUE
                .criteria()
                .forEach(c -> points.put(
                        c.code(),
                        c.maxPoints().multiply(BigDecimal.valueOf(total)).divide(BigDecimal.valueOf(100))));
        return ScoreCard.of(unit.code(), month, new GroupScores(points));
    }

    private static String text(OfficialDocument document) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxRenderer.write(document, out);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            return extractor.getText().replaceAll("\\s+", " ");
        }
    }

    @Test
    void the_summary_says_the_average_its_change_best_worst_and_missing_in_signable_vietnamese() throws Exception {
        String text = text(DistrictSummaryDocument.of(input(List.of())));
        assertThat(text)
                .contains("Trong tháng 02/2024, điểm trung bình của 3 phường, xã đạt 78,7 điểm, giảm 3,8 điểm so"
                        + " với tháng trước.")
                .contains("Có 3/4 phường, xã đã có kết quả; 1 đơn vị chưa có báo cáo.")
                .contains("Dẫn đầu là phường Hiệp Ninh với 86 điểm; thấp nhất là xã Thạnh Tân với 68 điểm.")
                .contains("Về xếp loại: 2 đơn vị xếp loại Tốt và 1 đơn vị xếp loại Trung bình.")
                .contains("5. Đơn vị dưới 70 điểm", "- Xã Thạnh Tân: 68,0 điểm (hạng 3);")
                .contains("Không có đơn vị nào giảm điểm so với tháng trước.")
                .contains("Không có biện pháp khắc phục nào đến hạn hoặc quá hạn mà chưa hoàn thành.")
                .contains("Các đơn vị chưa có báo cáo: xã Tân Bình.")
                .contains("ỦY BAN NHÂN DÂN THÀNH PHỐ TÂY NINH", "PHÒNG NỘI VỤ", "Tây Ninh, ngày 10 tháng 3 năm 2024");
    }

    @Test
    void due_and_overdue_measures_are_listed_with_their_unit_date_and_state() throws Exception {
        RemediationMeasure late = new RemediationMeasure(
                "Số hóa hồ sơ theo Thông tư 01/2023/TT-VPCP.",
                "MDSH",
                "Bộ phận Một cửa",
                LocalDate.of(2024, 3, 5),
                MeasureStatus.IN_PROGRESS);
        RemediationMeasure due = new RemediationMeasure(
                "Hướng dẫn thanh toán trực tuyến.", "TTTT", null, LocalDate.of(2024, 3, 31), MeasureStatus.PLANNED);
        String text = text(DistrictSummaryDocument.of(
                input(List.of(new DueMeasure(C, due, false), new DueMeasure(A, late, true)))));
        assertThat(text)
                .contains("Có 2 biện pháp khắc phục đến hạn hoặc quá hạn mà chưa hoàn thành (tính đến ngày"
                        + " 10/03/2024), trong đó 1 biện pháp đã quá hạn:")
                .containsSubsequence(
                        "Phường Hiệp Ninh",
                        "Số hóa hồ sơ theo Thông tư 01/2023/TT-VPCP.",
                        "05/03/2024",
                        "Quá hạn",
                        "Xã Thạnh Tân",
                        "Hướng dẫn thanh toán trực tuyến.",
                        "31/03/2024",
                        "Đến hạn");
    }

    @Test
    void the_date_line_writes_days_below_ten_and_january_and_february_with_a_leading_zero() {
        OfficialDocument document = new OfficialDocument(
                null,
                "ỦY BAN NHÂN DÂN XÃ THẠNH TÂN",
                "5/BC-UBND",
                "Thạnh Tân",
                LocalDate.of(2024, 2, 5),
                "BÁO CÁO",
                "Thử",
                List.of(),
                List.of(),
                new Signer("", "CHỦ TỊCH", "Trần Thị Ánh"));
        assertThat(document.placeAndDate()).isEqualTo("Thạnh Tân, ngày 05 tháng 02 năm 2024");
        assertThat(document.withIssuedOn(LocalDate.of(2024, 11, 20)).placeAndDate())
                .isEqualTo("Thạnh Tân, ngày 20 tháng 11 năm 2024");
    }

    @Test
    void the_pdf_of_a_document_embeds_its_fonts_and_keeps_every_diacritic() throws Exception {
        OfficialDocument document = DistrictSummaryDocument.of(input(List.of()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRenderer.write(document, out);
        PdfText pdf = PdfText.of(out.toByteArray());
        assertThat(pdf.fontsEmbedded()).isTrue();
        assertThat(pdf.landscape()).isFalse();
        assertThat(pdf.flat())
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
                .contains("Dẫn đầu là phường Hiệp Ninh với 86 điểm")
                .contains("Trang 1/" + pdf.pages().size());
    }
}
