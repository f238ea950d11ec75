package vn.chiso766.reporting.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.criteria.Criterion;

/**
 * The workbook offices fill in: Vietnamese headers that the reader recognises, one example row (the seed report of
 * phường Ninh Sơn, February 2024, DOMAIN.md) and a sheet of instructions. The period column is formatted as text so
 * that Excel keeps "2024-02" as typed.
 */
public final class ImportTemplate {

    public static final String FILE_NAME = "mau-nhap-chi-so-766.xlsx";
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final List<Object> EXAMPLE = List.of(
            "TNI.TPTN.NINHSON",
            "Phường Ninh Sơn",
            "2024-02",
            16.7,
            19.4,
            7.3,
            4.9,
            18,
            17.8,
            84.1,
            180,
            0,
            0,
            100,
            100,
            96.21,
            100,
            136,
            132);

    private static final List<String> INSTRUCTIONS = List.of(
            "Mỗi dòng là kết quả của một đơn vị trong một kỳ.",
            "Mã đơn vị: mã trong hệ thống (như H21.227); có thể để trống nếu ghi đúng tên đơn vị.",
            "Kỳ: tháng 2024-02 (hoặc 02/2024), quý 2024-Q1 hoặc năm 2024.",
            "Điểm các nhóm: số từ 0 đến điểm tối đa của nhóm, tối đa hai chữ số thập phân; dùng dấu phẩy hoặc dấu chấm.",
            "Tổng điểm và các cột số liệu hoạt động có thể để trống; cột không có trong tệp thì giữ nguyên số liệu cũ.",
            "Tệp CSV: lưu dạng UTF-8, ngăn cách cột bằng dấu chấm phẩy (;) khi dùng dấu phẩy thập phân.",
            "Hãy xóa dòng ví dụ (phường Ninh Sơn, tháng 02/2024) trước khi nhập số liệu của mình.");

    private ImportTemplate() {}

    /** The header the template gives a group: its Vietnamese name with its code, "Công khai, minh bạch (CKMB)". */
    public static String groupHeader(Criterion criterion) {
        return criterion.nameVi() + " (" + criterion.code() + ")";
    }

    public static List<String> headers(CriteriaCatalogue catalogue) {
        List<String> headers = new ArrayList<>();
        headers.add(SheetField.UNIT_CODE.templateHeader());
        headers.add(SheetField.UNIT_NAME.templateHeader());
        headers.add(SheetField.PERIOD.templateHeader());
        catalogue.criteria().forEach(c -> headers.add(groupHeader(c)));
        for (SheetField field : SheetField.values()) {
            if (field.ordinal() > SheetField.PERIOD.ordinal()) {
                headers.add(field.templateHeader());
            }
        }
        return headers;
    }

    public static byte[] xlsx(CriteriaCatalogue catalogue) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fillScores(workbook, catalogue);
            fillInstructions(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fillScores(XSSFWorkbook workbook, CriteriaCatalogue catalogue) {
        Sheet sheet = workbook.createSheet("Chỉ số 766");
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        bold.setWrapText(true);
        CellStyle text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        List<String> headers = headers(catalogue);
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(i, i < 3 ? 20 * 256 : 16 * 256);
        }
        sheet.setDefaultColumnStyle(2, text);
        Row example = sheet.createRow(1);
        for (int i = 0; i < Math.min(EXAMPLE.size(), headers.size()); i++) {
            Cell cell = example.createCell(i);
            if (EXAMPLE.get(i) instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(EXAMPLE.get(i).toString());
                cell.setCellStyle(i == 2 ? text : null);
            }
        }
        sheet.createFreezePane(0, 1);
    }

    private static void fillInstructions(XSSFWorkbook workbook) {
        Sheet sheet = workbook.createSheet("Hướng dẫn");
        sheet.setColumnWidth(0, 110 * 256);
        for (int i = 0; i < INSTRUCTIONS.size(); i++) {
            sheet.createRow(i).createCell(0).setCellValue(INSTRUCTIONS.get(i));
        }
    }
}
