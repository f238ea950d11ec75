package vn.chiso766.reporting.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chiso766.reporting.spreadsheet.Sheets.CSV_HEADER;
import static vn.chiso766.reporting.spreadsheet.Sheets.SEED_ROW;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.reporting.spreadsheet.SheetProblem.Kind;

/** Every kind of bad spreadsheet gets a problem that says where it is and what was expected, in both languages. */
class SpreadsheetBadInputTest {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final SpreadsheetReader READER = new SpreadsheetReader(CriteriaCatalogue.decision766());

    private static SheetProblem fileProblem(byte[] bytes, SheetFormat format) {
        SheetResult result = READER.read(bytes, format);
        assertThat(result.rows()).isEmpty();
        assertThat(result.hasFileErrors()).isTrue();
        return result.fileProblems().stream()
                .filter(p -> !p.isWarning())
                .findFirst()
                .orElseThrow();
    }

    private static List<SheetProblem> rowProblems(String row) {
        SheetResult result = READER.read(Sheets.utf8(CSV_HEADER + "\n" + row), SheetFormat.CSV);
        assertThat(result.fileProblems()).isEmpty();
        return result.rows().getFirst().problems();
    }

    @Test
    void an_empty_file_is_refused_as_empty() {
        SheetProblem csv = fileProblem(new byte[0], SheetFormat.CSV);
        SheetProblem xlsx = fileProblem(new byte[0], SheetFormat.XLSX);

        assertThat(csv.kind()).isEqualTo(Kind.EMPTY_FILE);
        assertThat(xlsx.kind()).isEqualTo(Kind.EMPTY_FILE);
        assertThat(csv.message(Locale.ENGLISH)).startsWith("The file is empty: expected a spreadsheet");
        assertThat(csv.message(VI)).startsWith("Tệp trống");
    }

    @Test
    void a_png_named_xlsx_is_refused_naming_what_it_is() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};

        SheetProblem problem = fileProblem(png, SheetFormat.XLSX);

        assertThat(problem.kind()).isEqualTo(Kind.NOT_XLSX);
        assertThat(problem.message(Locale.ENGLISH))
                .isEqualTo("The file is not an XLSX workbook (PNG): expected an Excel workbook saved as .xlsx.");
    }

    @Test
    void a_truncated_xlsx_is_refused_as_damaged_or_incomplete() {
        byte[] whole = ImportTemplate.xlsx(CriteriaCatalogue.decision766());
        byte[] half = Arrays.copyOf(whole, whole.length / 2);

        SheetProblem problem = fileProblem(half, SheetFormat.XLSX);

        assertThat(problem.kind()).isEqualTo(Kind.XLSX_DAMAGED);
        assertThat(problem.message(Locale.ENGLISH)).contains("damaged or incomplete");
        assertThat(problem.message(VI)).contains("bị hỏng hoặc không đầy đủ");
    }

    @Test
    void a_zip_that_is_not_a_workbook_is_refused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write("hello".getBytes());
        }

        assertThat(fileProblem(out.toByteArray(), SheetFormat.XLSX).kind()).isIn(Kind.NOT_XLSX, Kind.XLSX_DAMAGED);
    }

    @Test
    void an_xlsx_whose_sheet_inflates_a_thousandfold_is_refused_as_a_zip_bomb() throws IOException {
        byte[] template = ImportTemplate.xlsx(CriteriaCatalogue.decision766());
        byte[] bomb = ZipBomb.replacingSheet(template, 50 * 1024 * 1024);
        assertThat(bomb.length).isLessThan(1024 * 1024);

        SheetProblem problem = fileProblem(bomb, SheetFormat.XLSX);

        assertThat(problem.kind()).isEqualTo(Kind.ZIP_BOMB);
        assertThat(problem.message(Locale.ENGLISH)).contains("zip bomb").contains("100 times");
    }

    @Test
    void utf16_text_is_refused_naming_utf8_as_the_encoding_expected() {
        byte[] utf16 = (CSV_HEADER + "\n" + SEED_ROW).getBytes(java.nio.charset.StandardCharsets.UTF_16);

        SheetProblem problem = fileProblem(utf16, SheetFormat.CSV);

        assertThat(problem.kind()).isEqualTo(Kind.UTF16_TEXT);
        assertThat(problem.message(Locale.ENGLISH)).contains("UTF-16").contains("expected UTF-8");
    }

    @Test
    void bytes_that_are_neither_utf8_nor_windows_1258_are_refused_with_the_offset() {
        byte[] bytes = Sheets.utf8(CSV_HEADER + "\n");
        byte[] broken = Arrays.copyOf(bytes, bytes.length + 3);
        broken[bytes.length] = 'A';
        // 0xE0 0x8A is not UTF-8, and 0x8A is not a character of Windows-1258.
        broken[bytes.length + 1] = (byte) 0xE0;
        broken[bytes.length + 2] = (byte) 0x8A;

        SheetProblem problem = fileProblem(broken, SheetFormat.CSV);

        assertThat(problem.kind()).isEqualTo(Kind.UNKNOWN_ENCODING);
        assertThat(problem.message(Locale.ENGLISH))
                .contains("neither UTF-8 nor Windows-1258")
                .contains("expected UTF-8");
    }

    @Test
    void a_file_without_the_unit_and_period_columns_has_no_header_and_says_which_are_expected() {
        SheetProblem problem = fileProblem(Sheets.utf8("a;b;c\n1;2;3\n"), SheetFormat.CSV);

        assertThat(problem.kind()).isEqualTo(Kind.NO_HEADER);
        assertThat(problem.message(Locale.ENGLISH)).contains("“Mã đơn vị”", "“Kỳ”", "“Công khai, minh bạch (CKMB)”");
    }

    @Test
    void a_missing_group_column_is_named_with_the_header_expected() {
        String header = CSV_HEADER.replace(";Số hóa hồ sơ (MDSH)", "");

        SheetProblem problem = fileProblem(Sheets.utf8(header + "\n" + SEED_ROW), SheetFormat.CSV);

        assertThat(problem.kind()).isEqualTo(Kind.MISSING_COLUMN);
        assertThat(problem.position()).isEqualTo(1);
        assertThat(problem.message(Locale.ENGLISH))
                .isEqualTo("There is no column for MDSH: expected a header such as “Số hóa hồ sơ (MDSH)”.");
    }

    @Test
    void two_columns_for_one_group_are_refused_and_an_unknown_column_is_only_a_warning() {
        SheetResult duplicate = READER.read(Sheets.utf8(CSV_HEADER + ";ckmb\n" + SEED_ROW + ";1"), SheetFormat.CSV);
        SheetResult unknown = READER.read(Sheets.utf8(CSV_HEADER + ";Ghi chú\n" + SEED_ROW + ";x"), SheetFormat.CSV);

        assertThat(duplicate.fileProblems()).extracting(SheetProblem::kind).containsExactly(Kind.DUPLICATE_COLUMN);
        assertThat(duplicate.rows()).isEmpty();
        assertThat(unknown.fileProblems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.UNKNOWN_COLUMN);
            assertThat(p.isWarning()).isTrue();
            assertThat(p.column()).isEqualTo("Ghi chú");
        });
        assertThat(unknown.rows()).hasSize(1);
    }

    @Test
    void a_header_without_rows_is_refused() {
        assertThat(fileProblem(Sheets.utf8(CSV_HEADER + "\n"), SheetFormat.CSV).kind())
                .isEqualTo(Kind.NO_ROWS);
    }

    @Test
    void a_non_numeric_score_names_its_line_column_and_the_number_expected() {
        List<SheetProblem> problems = rowProblems(SEED_ROW.replace(";19,4;", ";mười chín;"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.NOT_A_NUMBER);
            assertThat(p.position()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("Tiến độ giải quyết (TDGQ)");
            assertThat(p.message(Locale.ENGLISH))
                    .isEqualTo("“mười chín” is not a number: expected a number such as 16,7 or 16.7.");
            assertThat(p.message(VI)).isEqualTo("“mười chín” không phải là số: cần số như 16,7 hoặc 16.7.");
        });
    }

    @Test
    void a_negative_score_and_a_score_with_three_decimals_are_refused() {
        List<SheetProblem> problems = rowProblems(SEED_ROW.replace(";7,3;4,9;", ";-7,3;4,912;"));

        assertThat(problems).extracting(SheetProblem::kind).containsExactly(Kind.NEGATIVE, Kind.TOO_MANY_DECIMALS);
        assertThat(problems.getFirst().message(Locale.ENGLISH)).isEqualTo("“-7,3” is negative: expected zero or more.");
    }

    @Test
    void an_impossible_period_is_refused_with_the_formats_expected() {
        List<SheetProblem> problems = rowProblems(SEED_ROW.replace("2024-02", "2024-13"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.PERIOD_INVALID);
            assertThat(p.column()).isEqualTo("Kỳ");
            assertThat(p.message(Locale.ENGLISH))
                    .startsWith("“2024-13” is not a period: expected a month such as 2024-02");
        });
    }

    @Test
    void a_row_without_unit_period_or_a_score_lists_each_gap() {
        List<SheetProblem> problems = rowProblems(";;;16,7;19,4;;4,9;18;17,8;");

        assertThat(problems)
                .extracting(SheetProblem::kind)
                .containsExactly(Kind.UNIT_MISSING, Kind.PERIOD_MISSING, Kind.VALUE_MISSING);
    }

    @Test
    void decimal_commas_in_a_comma_separated_file_are_caught_as_too_many_cells() {
        String csv = "Mã đơn vị,Kỳ,CKMB,TDGQ,ONLINE,TTTT,MDHL,MDSH\nA.1,2024-02,16,7,19,4,7,3,4,9,18,17,8\n";

        SheetResult result = READER.read(Sheets.utf8(csv), SheetFormat.CSV);

        assertThat(result.rows().getFirst().problems())
                .extracting(SheetProblem::kind)
                .contains(Kind.TOO_MANY_CELLS);
    }
}
