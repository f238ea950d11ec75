package vn.chiso766.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The same content as a Word document made with Apache POI, its header and footer laid out in borderless tables
 * and its figures in a real Word table: it reads to the same values, on the same lines, as the text.
 */
class SeedReportDocxTest {

    private final ReportExtraction text = SeedReportTextTest.READER.read("seed.txt", SeedDocument.bytes());
    private final ReportExtraction docx = SeedReportTextTest.READER.read("seed.docx", SeedDocument.docx());

    @Test
    void the_generated_docx_reads_without_a_problem() {
        assertThat(docx.problems()).isEmpty();
        assertThat(docx.format()).isEqualTo(DocumentFormat.DOCX);
    }

    @Test
    void the_figures_come_from_the_word_table_row_by_row() {
        DocumentLine row = docx.lines().get(docx.figures().line() - 1);
        assertThat(row.cells())
                .containsExactly("180", "0", "0", "100", "100", "96,21", "100", "136", "132", "84,1", "−1,5");
        assertThat(row.text()).isEqualTo("180 | 0 | 0 | 100 | 100 | 96,21 | 100 | 136 | 132 | 84,1 | −1,5");
        assertThat(docx.figures()).isEqualTo(text.figures());
        assertThat(docx.tableScore()).isEqualTo(text.tableScore());
        assertThat(docx.tableChange()).isEqualTo(text.tableChange());
    }

    @Test
    void the_layout_tables_of_header_and_footer_read_column_by_column_like_the_text() {
        assertThat(docx.lines())
                .extracting(DocumentLine::text)
                .startsWith(
                        "ỦY BAN NHÂN DÂN",
                        "PHƯỜNG NINH SƠN",
                        "Số: …/BC-UBND",
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc",
                        "Ninh Sơn, ngày 04 tháng 3 năm 2024");
        assertThat(docx.lines())
                .extracting(DocumentLine::text)
                .endsWith(
                        "Nơi nhận:",
                        "- Phòng Nội vụ thành phố;",
                        "- Chủ tịch, các PCT UBND phường;",
                        "- Lưu: VT.",
                        "KT. CHỦ TỊCH",
                        "PHÓ CHỦ TỊCH",
                        "",
                        "",
                        "Nguyễn Văn Minh");
    }

    @Test
    void every_value_and_its_line_equal_those_of_the_text() {
        assertThat(docx.issuingBody()).isEqualTo(text.issuingBody());
        assertThat(docx.number()).isEqualTo(text.number());
        assertThat(docx.place()).isEqualTo(text.place());
        assertThat(docx.issuedOn()).isEqualTo(text.issuedOn());
        assertThat(docx.title()).isEqualTo(text.title());
        assertThat(docx.period()).isEqualTo(text.period());
        assertThat(docx.unitName()).isEqualTo(text.unitName());
        assertThat(docx.statedTotal()).isEqualTo(text.statedTotal());
        assertThat(docx.statedChange()).isEqualTo(text.statedChange());
        assertThat(docx.groups()).isEqualTo(text.groups());
        assertThat(docx.namedLowestGroup()).isEqualTo(text.namedLowestGroup());
        assertThat(docx.namedHighestGroup()).isEqualTo(text.namedHighestGroup());
        assertThat(docx.causes()).isEqualTo(text.causes());
        assertThat(docx.measures()).isEqualTo(text.measures());
        assertThat(docx.publicationLink()).isEqualTo(text.publicationLink());
        assertThat(docx.recipients()).isEqualTo(text.recipients());
        assertThat(docx.signer()).isEqualTo(text.signer());
    }

    @Test
    void a_docx_is_recognised_by_its_content_even_when_named_txt() {
        ReportExtraction renamed = SeedReportTextTest.READER.read("bao-cao.txt", SeedDocument.docx());
        assertThat(renamed.format()).isEqualTo(DocumentFormat.DOCX);
        assertThat(renamed.problems()).isEmpty();
    }
}
