package vn.chiso766.reporting.export.table;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * Writes cells. Text is always a string cell, never a formula, so a name beginning with "=", "+", "-" or "@"
 * is shown, not evaluated (OWASP "CSV injection"; POI writes no formula unless asked to).
 */
final class XlsxRows {

    private final Sheet sheet;
    private final XlsxStyles styles;

    XlsxRows(Sheet sheet, XlsxStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    Row row(int index) {
        Row row = sheet.getRow(index);
        return row == null ? sheet.createRow(index) : row;
    }

    void text(Row row, int column, @Nullable String value, XlsxStyles.Look look) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(styles.of(look));
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
        }
    }

    void number(Row row, int column, @Nullable BigDecimal value, XlsxStyles.Look look) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(styles.of(look));
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }

    void number(Row row, int column, @Nullable Integer value, XlsxStyles.Look look) {
        number(row, column, value == null ? null : BigDecimal.valueOf(value), look);
    }

    XlsxStyles styles() {
        return styles;
    }

    Sheet sheet() {
        return sheet;
    }
}
