package vn.chiso766.reporting.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Spreadsheets made in the test: XLSX through POI, CSV as text, in the encodings offices send. */
final class Sheets {

    static final String CSV_HEADER = "Mã đơn vị;Tên đơn vị;Kỳ;Công khai, minh bạch (CKMB);Tiến độ giải quyết (TDGQ);"
            + "Dịch vụ công trực tuyến (ONLINE);Thanh toán trực tuyến (TTTT);Mức độ hài lòng (MDHL);"
            + "Số hóa hồ sơ (MDSH);Tổng điểm";
    static final String SEED_ROW = "TNI.TPTN.NINHSON;Phường Ninh Sơn;2024-02;16,7;19,4;7,3;4,9;18;17,8;84,1";

    private Sheets() {}

    static byte[] xlsx(List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Scores");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    Cell cell = row.createCell(c);
                    if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (value != null) {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] utf8WithBom(String text) {
        byte[] body = utf8(text);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        return bytes;
    }

    /**
     * Text as Vietnamese Windows saves it: Windows-1258 has the letters ă â ê ô ơ ư đ but writes the five tones as
     * separate combining marks, which the JDK's encoder does not split off by itself.
     */
    static byte[] windows1258(String text) {
        StringBuilder split = new StringBuilder();
        for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder();
            StringBuilder tone = new StringBuilder();
            for (char d : decomposed.toCharArray()) {
                if (d == '\u0300' || d == '\u0301' || d == '\u0303' || d == '\u0309' || d == '\u0323') {
                    tone.append(d);
                } else {
                    base.append(d);
                }
            }
            split.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tone);
        }
        return split.toString().getBytes(TextDecoding.WINDOWS_1258);
    }
}
