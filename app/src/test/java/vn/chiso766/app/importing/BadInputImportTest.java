package vn.chiso766.app.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chiso766.app.importing.ImportTestData.HEADER;
import static vn.chiso766.app.importing.ImportTestData.csv;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.chiso766.app.i18n.Languages;
import vn.chiso766.domain.access.Role;

/**
 * Every kind of bad input gets a message naming the file, the row or line, the field and what was expected, and
 * nothing is written: the rows of the score card, unit and audit tables are counted before and after a commit.
 */
@vn.chiso766.app.AppTest
class BadInputImportTest {

    private static final Locale EN = Languages.ENGLISH;
    private static final Locale VI = Languages.VIETNAMESE;

    @Autowired
    ImportService imports;

    @Autowired
    ApplicationContext context;

    private ImportTestData data;

    @BeforeEach
    void createProvince() {
        data = ImportTestData.create(context, 2);
        ImportTestData.signInAs(Role.OFFICER, data.district);
    }

    @AfterEach
    void removeProvince() {
        ImportTestData.signOut();
        data.removeAll();
    }

    private String good(int ward) {
        return data.row(ward, "2024-02", "16,7", "19,4", "7,3", "4,9", "18", "17,8");
    }

    /** Commits the file, expects it refused, and that no table gained a row; returns the first error. */
    private ImportIssue refused(String fileName, byte[] bytes) {
        long cards = data.cards();
        long units = data.unitsCount();
        long audit = data.auditRows();

        assertThatThrownBy(() -> imports.commit(fileName, bytes, null)).isInstanceOf(ImportRejectedException.class);

        assertThat(data.cards()).isEqualTo(cards);
        assertThat(data.unitsCount()).isEqualTo(units);
        assertThat(data.auditRows()).isEqualTo(audit);
        ImportPreview preview = imports.preview(fileName, bytes, null);
        assertThat(preview.hasErrors()).isTrue();
        return preview.errors().getFirst();
    }

    @Test
    void an_empty_file() {
        ImportIssue error = refused("trong.csv", new byte[0]);

        assertThat(error.describe(EN))
                .isEqualTo("trong.csv: The file is empty: expected an XLSX or CSV spreadsheet or a JSON file of the"
                        + " national portal.");
        assertThat(error.describe(VI)).startsWith("trong.csv: Tệp trống");
    }

    @Test
    void a_png_renamed_to_xlsx() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        ImportIssue error = refused("bang-diem.xlsx", png);

        assertThat(error.describe(EN))
                .isEqualTo("bang-diem.xlsx: The content is PNG (the name ends in .xlsx), not a spreadsheet or portal"
                        + " data: expected XLSX, CSV text in UTF-8 or the JSON of the national portal.");
    }

    @Test
    void a_truncated_xlsx() throws IOException {
        byte[] whole = SpreadsheetImportTest.xlsx(List.of(
                List.of("Mã đơn vị", "Kỳ", "CKMB", "TDGQ", "ONLINE", "TTTT", "MDHL", "MDSH"),
                List.of(data.ward(1), "2024-02", 1, 1, 1, 1, 1, 1)));

        ImportIssue error = refused("cut.xlsx", Arrays.copyOf(whole, whole.length - 200));

        assertThat(error.describe(EN)).startsWith("cut.xlsx: The XLSX workbook is damaged or incomplete (");
    }

    @Test
    void a_truncated_portal_file() {
        String json = "{\"metadata\": {\"province\": \"UBND tỉnh Thử\", \"provinceCode\": \"" + data.province
                + "\", \"timeType\": \"year\", \"year\": 2026,";

        ImportIssue error = refused("communes_cut.json", json.getBytes(StandardCharsets.UTF_8));

        assertThat(error.location()).isEqualTo(IssueLocation.FILE);
        assertThat(error.describe(EN))
                .startsWith("communes_cut.json: The portal data cannot be read: the JSON is incomplete at line 1");
    }

    @Test
    void a_zip_bomb() throws IOException {
        byte[] workbook = SpreadsheetImportTest.xlsx(List.of(List.of("Mã đơn vị", "Kỳ")));

        ImportIssue error = refused("bomb.xlsx", zipBomb(workbook, 64 * 1024 * 1024));

        assertThat(error.describe(EN))
                .isEqualTo("bomb.xlsx: The XLSX workbook expands far beyond its size when unpacked (more than 100"
                        + " times, or above 256 MB in one part); it is refused as a possible zip bomb.");
    }

    @Test
    void a_file_above_the_size_limit() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');

        ImportIssue error = refused("lon.csv", big);

        assertThat(error.describe(EN))
                .isEqualTo("lon.csv: The file has 10,485,761 bytes, more than the limit of 10 MB: split it into"
                        + " smaller files.");
    }

    @Test
    void an_unknown_unit() {
        ImportIssue error = refused("la.csv", csv(HEADER, "KHONG.CO;Không có;2024-02;1;1;1;1;1;1"));

        assertThat(error.describe(EN))
                .isEqualTo("la.csv, line 2, Mã đơn vị: No unit has the code KHONG.CO: expected the code of an"
                        + " existing unit.");
    }

    @Test
    void the_same_unit_and_period_twice() {
        ImportIssue error = refused("lap.csv", csv(HEADER, good(1), good(2), good(1)));

        assertThat(error.describe(EN))
                .isEqualTo("lap.csv, line 4: The unit " + data.ward(1) + " and period 2024-02 were already given at"
                        + " line 2: keep one row for each unit and period.");
        assertThat(error.describe(VI)).contains("đã có ở dòng 2");
    }

    @Test
    void a_score_that_is_not_a_number() {
        ImportIssue error = refused("chu.csv", csv(HEADER, good(1).replace(";19,4;", ";19,4 điểm;")));

        assertThat(error.describe(EN))
                .isEqualTo("chu.csv, line 2, Tiến độ giải quyết (TDGQ): “19,4 điểm” is not a number: expected a"
                        + " number such as 16,7 or 16.7.");
    }

    @Test
    void a_negative_score() {
        ImportIssue error = refused("am.csv", csv(HEADER, good(1).replace(";7,3;", ";-7,3;")));

        assertThat(error.describe(EN))
                .isEqualTo("am.csv, line 2, Dịch vụ công trực tuyến (ONLINE): “-7,3” is negative: expected zero or"
                        + " more.");
    }

    @Test
    void a_score_above_its_groups_maximum_is_an_error_in_a_spreadsheet() {
        ImportIssue error = refused("qua.csv", csv(HEADER, good(1).replace(";18;", ";18,5;")));

        assertThat(error.describe(EN))
                .isEqualTo("qua.csv, line 2, Mức độ hài lòng (MDHL): Group MDHL (Satisfaction): 18.5 points is outside"
                        + " the allowed range 0 to 18.");
        assertThat(error.describe(VI))
                .endsWith("Nhóm MDHL (Mức độ hài lòng): 18,5 điểm nằm ngoài khoảng cho phép từ 0 đến 18.");
    }

    @Test
    void an_impossible_period() {
        ImportIssue error = refused("ky.csv", csv(HEADER, good(1).replace("2024-02", "2024-13")));

        assertThat(error.describe(EN))
                .startsWith("ky.csv, line 2, Kỳ: “2024-13” is not a period: expected a month such as 2024-02");
    }

    @Test
    void an_xlsx_row_error_names_the_row_not_a_line() throws IOException {
        byte[] xlsx = SpreadsheetImportTest.xlsx(List.of(
                List.of("Tiêu đề"),
                List.of("Mã đơn vị", "Kỳ", "CKMB", "TDGQ", "ONLINE", "TTTT", "MDHL", "MDSH"),
                List.of(data.ward(1), "2024-02", 1, 1, 1, "x", 1, 1)));

        ImportIssue error = refused("hang.xlsx", xlsx);

        assertThat(error.describe(EN)).startsWith("hang.xlsx, row 3, TTTT: “x” is not a number");
        assertThat(error.describe(VI)).startsWith("hang.xlsx, hàng 3, TTTT: “x” không phải là số");
    }

    @Test
    void windows_1258_text_is_read_with_its_diacritics_and_a_warning_and_written_only_on_commit() {
        String byName = ";" + data.wardName(1) + ";2024-02;16,7;19,4;7,3;4,9;18;17,8";
        byte[] bytes = windows1258(HEADER + "\n" + byName + "\n");
        long cards = data.cards();

        ImportPreview preview = imports.preview("cu.csv", bytes, null);

        assertThat(preview.hasErrors()).isFalse();
        assertThat(preview.fileIssues()).singleElement().satisfies(w -> {
            assertThat(w.severity()).isEqualTo(Severity.WARNING);
            assertThat(w.describe(EN))
                    .isEqualTo("cu.csv: The text is encoded in Windows-1258 (Vietnamese, older Windows) and was read as"
                            + " such; save it as UTF-8 to be sure.");
        });
        assertThat(preview.rows().getFirst().unitCode()).isEqualTo(data.ward(1));
        assertThat(data.cards()).isEqualTo(cards);
    }

    @Test
    void utf8_with_a_byte_order_mark_reads_like_utf8_without() {
        byte[] plain = csv(HEADER, good(1));
        byte[] withBom = new byte[plain.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, withBom, 3, plain.length);

        ImportPreview preview = imports.preview("bom.csv", withBom, null);

        assertThat(preview.issues()).isEmpty();
        assertThat(preview.rows())
                .extracting(ImportRow::card)
                .isEqualTo(imports.preview("x.csv", plain, null).rows().stream()
                        .map(ImportRow::card)
                        .toList());
    }

    @Test
    void one_bad_row_among_good_ones_writes_none_of_them() {
        ImportIssue error = refused("mot-loi.csv", csv(HEADER, good(1), good(2).replace("2024-02", "")));

        assertThat(error.describe(EN)).startsWith("mot-loi.csv, line 3, Kỳ: No period");
        assertThat(data.cardsOfProvince()).isZero();
    }

    static byte[] windows1258(String text) {
        StringBuilder split = new StringBuilder();
        for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder();
            StringBuilder tone = new StringBuilder();
            for (char d : decomposed.toCharArray()) {
                if ("\u0300\u0301\u0303\u0309\u0323".indexOf(d) >= 0) {
                    tone.append(d);
                } else {
                    base.append(d);
                }
            }
            split.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tone);
        }
        return split.toString().getBytes(Charset.forName("windows-1258"));
    }

    static byte[] zipBomb(byte[] workbook, int inflatedBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    zip.write(("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                                    + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>")
                            .getBytes(StandardCharsets.UTF_8));
                    byte[] chunk = new byte[64 * 1024];
                    Arrays.fill(chunk, (byte) 'A');
                    for (int written = 0; written < inflatedBytes; written += chunk.length) {
                        zip.write(chunk);
                    }
                    zip.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
