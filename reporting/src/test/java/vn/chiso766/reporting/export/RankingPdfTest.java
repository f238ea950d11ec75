package vn.chiso766.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import vn.chiso766.reporting.export.table.ComparisonRow;
import vn.chiso766.reporting.export.table.ComparisonTable;
import vn.chiso766.reporting.export.table.RankingPdf;

class RankingPdfTest {

    private static PdfText written(ComparisonTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RankingPdf.write(table, out);
        return PdfText.of(out.toByteArray());
    }

    @Test
    void every_page_has_the_header_the_table_header_and_its_number_out_of_the_total() throws IOException {
        PdfText pdf = written(ExportFixtures.comparison(ExportFixtures.synthetic(300, 3)));
        int pages = pdf.pages().size();
        assertThat(pages).isGreaterThan(3);
        assertThat(pdf.landscape()).isTrue();
        for (int i = 0; i < pages; i++) {
            assertThat(pdf.pages().get(i).replaceAll("\\s+", " "))
                    .contains("Xếp hạng các đơn vị thuộc Tỉnh Thử Nghiệm — Tháng 02/2024")
                    .contains("Đơn vị cấp trên: Tỉnh Thử Nghiệm (P) — Kỳ: Tháng 02/2024")
                    .contains("Hạng Thay đổi Đơn vị Tổng điểm Tăng/giảm Xếp loại CKMB (18)")
                    .contains("Trang " + (i + 1) + "/" + pages);
        }
    }

    @Test
    void vietnamese_names_and_numbers_read_back_as_on_screen_with_embedded_fonts() throws IOException {
        ComparisonTable table = ExportFixtures.district();
        PdfText pdf = written(table);
        assertThat(pdf.fontsEmbedded()).isTrue();
        String text = pdf.flat();
        for (ComparisonRow row : table.rows()) {
            assertThat(text).contains(VietnameseText.score(row.total()));
            if (!row.unit().name().startsWith("=")) {
                // Narrow cells wrap long names, inside a word when they must.
                assertThat(text).contains(row.unit().name());
            }
        }
        assertThat(text)
                .contains("Phường Ỷ Lan Ữ Ỡ Ự Ỳ Ỵ Ỹ Ẩ Ẫ Ậ Ể Ễ Ệ Ổ Ỗ Ộ Ở Ỡ Ợ")
                .contains("Phường Không Báo Cáo Chưa có báo cáo")
                .contains("Xã \"Ngoặc\" Kép")
                .contains("Minh họa");
    }
}
