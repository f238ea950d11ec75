package vn.chiso766.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import vn.chiso766.reporting.export.table.ComparisonRow;
import vn.chiso766.reporting.export.table.ComparisonTable;
import vn.chiso766.reporting.export.table.RankingCsv;

class RankingCsvTest {

    private static byte[] written(ComparisonTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RankingCsv.write(table, out);
        return out.toByteArray();
    }

    private static List<CSVRecord> parsed(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }

    @Test
    void the_file_is_utf8_with_a_byte_order_mark_and_crlf_line_ends() throws IOException {
        byte[] bytes = written(ExportFixtures.district());
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\r\n").contains("Phường Hiệp Ninh");
    }

    @Test
    void one_header_row_then_the_ranked_units_with_a_decimal_point_then_those_without_report() throws IOException {
        ComparisonTable table = ExportFixtures.district();
        List<CSVRecord> records = parsed(written(table));
        assertThat(records.getFirst().toList())
                .containsExactly(
                        "Hạng",
                        "Thay đổi",
                        "Mã đơn vị",
                        "Đơn vị",
                        "Tổng điểm",
                        "Tăng/giảm",
                        "Xếp loại",
                        "CKMB",
                        "TDGQ",
                        "ONLINE",
                        "TTTT",
                        "MDHL",
                        "MDSH",
                        "Chỉ số yếu nhất",
                        "Điểm bị mất",
                        "Ghi chú");
        assertThat(records).hasSize(1 + table.rows().size() + table.missing().size());
        for (int i = 0; i < table.rows().size(); i++) {
            ComparisonRow expected = table.rows().get(i);
            CSVRecord record = records.get(i + 1);
            assertThat(record.get(0)).isEqualTo(Integer.toString(expected.rank()));
            assertThat(record.get(2)).isEqualTo(expected.unit().code());
            assertThat(new java.math.BigDecimal(record.get(4))).isEqualByComparingTo(expected.total());
            assertThat(record.get(4)).doesNotContain(",");
        }
        assertThat(records.getLast().get(3)).isEqualTo("Phường Không Báo Cáo");
        assertThat(records.getLast().get(6)).isEqualTo("Chưa có báo cáo");
    }

    @Test
    void text_beginning_with_a_formula_character_gets_an_apostrophe_and_quotes_survive() throws IOException {
        List<String> names = parsed(written(ExportFixtures.district())).stream()
                .map(r -> r.get(3))
                .toList();
        assertThat(names)
                .contains(
                        "'=HYPERLINK(\"http://example.invalid\",\"bấm\")",
                        "'+Xã Cộng",
                        "'-Xã Trừ",
                        "'@Xã A Còng",
                        "Xã \"Ngoặc\" Kép",
                        "Xã Tân Bình, Ấp Đông");
    }

    @Test
    void negative_numbers_stay_numbers() throws IOException {
        List<CSVRecord> records = parsed(written(ExportFixtures.district()));
        assertThat(records.stream().skip(1).map(r -> r.get(5)).filter(c -> c.startsWith("-")))
                .allMatch(c -> c.matches("-\\d+(\\.\\d+)?"));
    }
}
