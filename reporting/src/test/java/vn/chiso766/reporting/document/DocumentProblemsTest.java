package vn.chiso766.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every way a document can be wrong is named, with its line, in Vietnamese and English; good encodings read. */
class DocumentProblemsTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private static ReportExtraction read(String name, String text) {
        return SeedReportTextTest.READER.read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static DocumentProblem only(ReportExtraction extraction) {
        assertThat(extraction.problems()).hasSize(1);
        return extraction.problems().getFirst();
    }

    @Test
    void a_missing_group_line_is_named_with_the_line_of_the_group_lines() {
        ReportExtraction extraction = read("thieu-nhom.txt", SeedDocument.withoutLine(21));

        DocumentProblem problem = only(extraction);
        assertThat(problem.type()).isEqualTo(ProblemType.GROUP_MISSING);
        assertThat(problem.line()).isEqualTo(22);
        assertThat(problem.message(VI))
                .isEqualTo("Dòng 22: không có dòng nào ghi điểm của nhóm “Thanh toán trực tuyến”"
                        + " (dạng “Thanh toán trực tuyến: …/10 điểm”).");
        assertThat(problem.message(Locale.ENGLISH))
                .isEqualTo("Line 22: no line gives the points of the group “Thanh toán trực tuyến”"
                        + " (written like “Thanh toán trực tuyến: …/10 điểm”).");
    }

    @Test
    void an_unreadable_group_score_names_its_line_and_what_was_written() {
        DocumentProblem problem =
                only(read("sai-so.txt", SeedDocument.withLine(19, "- Tiến độ giải quyết: 19,x/20 điểm;")));

        assertThat(problem.type()).isEqualTo(ProblemType.BAD_NUMBER);
        assertThat(problem.line()).isEqualTo(19);
        assertThat(problem.message(VI))
                .isEqualTo("Dòng 19: “19,x” không phải là số (Tiến độ giải quyết); hãy viết số như 84,1 hoặc 84.1.");
    }

    @Test
    void an_unreadable_table_cell_names_its_line_and_column() {
        String row = "180\t0\t0\t100\t100\t96,2l\t100\t136\t132\t84,1\t−1,5";
        DocumentProblem problem = only(read("sai-bang.txt", SeedDocument.withLine(15, row)));

        assertThat(problem.type()).isEqualTo(ProblemType.BAD_NUMBER);
        assertThat(problem.line()).isEqualTo(15);
        assertThat(problem.message(Locale.ENGLISH))
                .isEqualTo("Line 15: “96,2l” is not a number (dossiers with electronic results (%));"
                        + " write numbers like 84,1 or 84.1.");
    }

    @Test
    void an_unreadable_total_names_its_line() {
        DocumentProblem problem = only(read(
                "sai-tong.txt",
                SeedDocument.withLine(
                        17, "Tổng điểm tháng 02/2024 đạt 8a,1 điểm, giảm 1,5 điểm so với tháng 01/2024:")));

        assertThat(problem.type()).isEqualTo(ProblemType.BAD_NUMBER);
        assertThat(problem.line()).isEqualTo(17);
    }

    @Test
    void a_table_with_too_few_cells_says_how_many_it_has() {
        DocumentProblem problem = only(read("thieu-o.txt", SeedDocument.withLine(15, "180\t0\t0\t100\t100\t96,21")));

        assertThat(problem.type()).isEqualTo(ProblemType.TABLE_CELLS);
        assertThat(problem.message(VI)).startsWith("Dòng 15: bảng số liệu có 6 ô, cần 11 ô");
    }

    @Test
    void a_rate_above_a_hundred_percent_is_out_of_range() {
        String row = "180 | 0 | 0 | 100 | 110 | 96,21 | 100 | 136 | 132 | 84,1 | −1,5";
        DocumentProblem problem = only(read("ty-le.txt", SeedDocument.withLine(15, row)));

        assertThat(problem.type()).isEqualTo(ProblemType.OUT_OF_RANGE);
        assertThat(problem.message(VI)).isEqualTo("Dòng 15: tỷ lệ hài lòng (%): 110 nằm ngoài khoảng từ 0 đến 100.");
    }

    @Test
    void a_group_with_the_wrong_maximum_or_above_it_is_refused() {
        assertThat(only(read("toi-da.txt", SeedDocument.withLine(20, "- Dịch vụ công trực tuyến: 7,3/22 điểm;")))
                        .type())
                .isEqualTo(ProblemType.GROUP_MAXIMUM);
        assertThat(only(read("vuot.txt", SeedDocument.withLine(22, "- Mức độ hài lòng: 18,5/18 điểm;")))
                        .message(VI))
                .isEqualTo("Dòng 22: Mức độ hài lòng: 18,5 nằm ngoài khoảng từ 0 đến 18.");
    }

    @Test
    void a_group_given_twice_is_refused_at_its_second_line() {
        ReportExtraction extraction = read("lap.txt", SeedDocument.withLine(23, "- Mức độ hài lòng: 17/18 điểm."));

        assertThat(extraction.problems())
                .extracting(DocumentProblem::type, DocumentProblem::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ProblemType.GROUP_DUPLICATE, 23),
                        org.assertj.core.groups.Tuple.tuple(ProblemType.GROUP_MISSING, 23));
    }

    @Test
    void a_total_that_differs_from_the_table_is_named_with_both_lines() {
        DocumentProblem problem = only(read(
                "lech.txt",
                SeedDocument.withLine(
                        17, "Tổng điểm tháng 02/2024 đạt 85,1 điểm, giảm 1,5 điểm so với tháng 01/2024:")));

        assertThat(problem.type()).isEqualTo(ProblemType.FIGURES_DISAGREE);
        assertThat(problem.message(VI))
                .isEqualTo("Dòng 17: tổng điểm ở dòng này là 85,1, nhưng bảng số liệu (dòng 15) ghi 84,1.");
    }

    @Test
    void an_impossible_date_and_month_are_refused_at_their_lines() {
        assertThat(only(read("ngay.txt", SeedDocument.withLine(6, "Ninh Sơn, ngày 30 tháng 2 năm 2024")))
                        .message(VI))
                .isEqualTo("Dòng 6: ngày “ngày 30 tháng 2 năm 2024” không có thật.");
        ReportExtraction month = read(
                "thang.txt",
                SeedDocument.withLine(
                        9,
                        "Kết quả bộ chỉ số phục vụ người dân, doanh nghiệp tháng 13/2024 trên địa bàn phường Ninh Sơn"));
        assertThat(month.problems()).extracting(DocumentProblem::type).containsExactly(ProblemType.BAD_PERIOD);
        assertThat(month.problems().getFirst().line()).isEqualTo(9);
    }

    @Test
    void a_title_naming_another_ward_than_the_issuing_body_is_refused() {
        DocumentProblem problem = only(
                read(
                        "don-vi.txt",
                        SeedDocument.withLine(
                                9,
                                "Kết quả bộ chỉ số phục vụ người dân, doanh nghiệp tháng 02/2024 trên địa bàn phường Hiệp Ninh")));

        assertThat(problem.type()).isEqualTo(ProblemType.UNIT_DISAGREES);
        assertThat(problem.message(VI))
                .isEqualTo(
                        "Dòng 9: tiêu đề nêu “phường Hiệp Ninh”, nhưng cơ quan ban hành (dòng 1) là “PHƯỜNG NINH SƠN”.");
    }

    @Test
    void a_missing_signature_is_named() {
        String text = String.join("\n", SeedDocument.lines().subList(0, 40));
        DocumentProblem problem = only(read("ky.txt", text));

        assertThat(problem.message(VI)).isEqualTo("Không tìm thấy phần chữ ký (“KT. CHỦ TỊCH” hoặc “CHỦ TỊCH”).");
    }

    @Test
    void windows_1258_text_is_read_like_utf8() {
        // The code page has no true minus sign; a Windows editor writes a hyphen.
        String text = SeedDocument.text().replace('−', '-');
        byte[] legacy = Windows1258.encode(text);
        // "Ủ" is written as "U" and the combining hook above (0xD2), as legacy Vietnamese files have it.
        assertThat(legacy).contains((byte) 'U', (byte) 0xD2);

        ReportExtraction extraction = SeedReportTextTest.READER.read("bao-cao-1258.txt", legacy);

        assertThat(extraction.problems()).isEmpty();
        assertThat(extraction.encoding()).isEqualTo("Windows-1258");
        ReportExtraction utf8 = SeedReportTextTest.READER.read("bao-cao.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(extraction.causes()).isEqualTo(utf8.causes());
        assertThat(extraction.signer()).isEqualTo(utf8.signer());
        assertThat(extraction.groups()).isEqualTo(utf8.groups());
        assertThat(extraction.lines()).isEqualTo(utf8.lines());
        assertThat(extraction.statedChange()).isEqualTo(utf8.statedChange());
        assertThat(extraction.tableChange().value()).isEqualByComparingTo("-1.5");
    }

    @Test
    void utf8_with_a_byte_order_mark_and_utf16_are_read() {
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, SeedDocument.bytes());
        ReportExtraction withBom = SeedReportTextTest.READER.read("bom.txt", bom);
        assertThat(withBom.problems()).isEmpty();
        assertThat(withBom.encoding()).isEqualTo("UTF-8 (BOM)");
        assertThat(withBom.issuingBody()).isEqualTo(new Found<>("ỦY BAN NHÂN DÂN PHƯỜNG NINH SƠN", 1));

        byte[] utf16 = concat(
                new byte[] {(byte) 0xFF, (byte) 0xFE}, SeedDocument.text().getBytes(StandardCharsets.UTF_16LE));
        assertThat(SeedReportTextTest.READER.read("utf16.txt", utf16).problems())
                .isEmpty();
    }

    @Test
    void windows_line_ends_are_read() {
        String crlf = SeedDocument.text().replace("\n", "\r\n");
        assertThat(read("crlf.txt", crlf).problems()).isEmpty();
    }

    @Test
    void an_empty_file_says_so_with_its_name() {
        ReportExtraction empty = SeedReportTextTest.READER.read("trong.txt", new byte[0]);
        assertThat(only(empty).message(VI)).isEqualTo("Tệp “trong.txt” trống: không có nội dung để đọc.");
        assertThat(only(read("trang.txt", "\n\n  \n")).type()).isEqualTo(ProblemType.EMPTY_FILE);
    }

    @Test
    void a_truncated_docx_is_unreadable_with_the_file_named() {
        byte[] docx = SeedDocument.docx();
        byte[] truncated = Arrays.copyOf(docx, docx.length / 2);

        DocumentProblem problem = only(SeedReportTextTest.READER.read("cat-ngang.docx", truncated));

        assertThat(problem.type()).isEqualTo(ProblemType.UNREADABLE_FILE);
        assertThat(problem.line()).isZero();
        assertThat(problem.message(VI)).startsWith("Không đọc được tệp “cat-ngang.docx” dưới dạng DOCX (");
    }

    @Test
    void text_named_docx_and_binary_named_txt_are_unreadable() {
        assertThat(only(SeedReportTextTest.READER.read("doi-ten.docx", SeedDocument.bytes()))
                        .type())
                .isEqualTo(ProblemType.UNREADABLE_FILE);
        byte[] binary = new byte[512];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i % 32);
        }
        assertThat(only(SeedReportTextTest.READER.read("anh.txt", binary)).type())
                .isEqualTo(ProblemType.UNREADABLE_FILE);
    }

    @Test
    void group_names_match_whatever_the_case_diacritics_and_bullet() {
        String text = SeedDocument.withLine(18, "+ CÔNG KHAI, MINH BẠCH : 16,7 / 18 điểm")
                .replace("- Số hóa hồ sơ: 17,8/22 điểm.", "• Số hoá hồ sơ: 17.8/22 điểm.");
        ReportExtraction extraction = read("hoa.txt", text);
        assertThat(extraction.problems()).isEmpty();
        assertThat(extraction.groups().get("CKMB").value()).isEqualByComparingTo("16.7");
        assertThat(extraction.groups().get("MDSH").value()).isEqualByComparingTo("17.8");
    }

    @Test
    void every_problem_type_has_a_message_in_both_languages() {
        for (ProblemType type : ProblemType.values()) {
            DocumentProblem problem = new DocumentProblem(type, 3, java.util.List.of("a", "b", "c", "d"));
            assertThat(problem.message(VI)).startsWith("Dòng 3: ");
            assertThat(problem.message(Locale.ENGLISH)).startsWith("Line 3: ");
        }
        for (ReportField field : ReportField.values()) {
            assertThat(new DocumentProblem(ProblemType.MISSING_FIELD, 0, java.util.List.of(field)).message(VI))
                    .doesNotContain("field.");
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
