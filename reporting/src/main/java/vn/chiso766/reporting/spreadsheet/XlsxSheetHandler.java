package vn.chiso766.reporting.spreadsheet;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;
import vn.chiso766.reporting.spreadsheet.SheetProblem.Kind;

/**
 * Turns a sheet's XML into rows of cell texts as they are stored, not as displayed: numbers in plain decimal
 * notation, dates as ISO dates (Excel turns a typed "2024-02" into the first of that month), text as written.
 */
final class XlsxSheetHandler extends DefaultHandler {

    /** Fifteen significant digits: what a double holds reliably; a formula's 16.700000000000003 reads 16.7. */
    private static final MathContext DOUBLE_DIGITS = new MathContext(15);

    private final ReadOnlySharedStringsTable strings;
    private final @Nullable StylesTable styles;
    private final int maxRows;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private final List<RawRow> rows = new ArrayList<>();

    private final TreeMap<Integer, String> cells = new TreeMap<>();
    private final StringBuilder value = new StringBuilder();
    private int rowNumber;
    private int nextColumn;
    private int column;
    private @Nullable String type;
    private int style;
    private boolean collecting;

    XlsxSheetHandler(ReadOnlySharedStringsTable strings, @Nullable StylesTable styles, int maxRows) {
        this.strings = strings;
        this.styles = styles;
        this.maxRows = maxRows;
    }

    List<RawRow> rows() {
        return rows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> startRow(attributes);
            case "c" -> startCell(attributes);
            case "v", "t" -> {
                collecting = true;
                if ("v".equals(localName)) {
                    value.setLength(0);
                }
            }
            case "is" -> value.setLength(0);
            default -> {
                // Formulas, rich-text runs' properties and the like carry nothing the import reads.
            }
        }
    }

    private void startRow(Attributes attributes) {
        String r = attributes.getValue("r");
        rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
        nextColumn = 0;
        cells.clear();
    }

    private void startCell(Attributes attributes) {
        String ref = attributes.getValue("r");
        column = ref == null ? nextColumn : new CellReference(ref).getCol();
        nextColumn = column + 1;
        type = attributes.getValue("t");
        String s = attributes.getValue("s");
        style = s == null ? 0 : Integer.parseInt(s);
        value.setLength(0);
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (collecting) {
            value.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v", "t" -> collecting = false;
            case "c" -> cells.put(column, text(value.toString()));
            case "row" -> endRow();
            default -> {
                // Nothing to finish for other elements.
            }
        }
    }

    private void endRow() {
        if (cells.isEmpty()) {
            return;
        }
        List<String> row = new ArrayList<>();
        for (int i = 0; i <= cells.lastKey(); i++) {
            row.add(cells.getOrDefault(i, ""));
        }
        RawRow raw = new RawRow(rowNumber, row);
        if (!raw.isBlank()) {
            if (rows.size() >= maxRows) {
                throw new SheetProblemException(SheetProblem.file(Kind.TOO_MANY_ROWS, maxRows));
            }
            rows.add(raw);
        }
    }

    private String text(String stored) {
        if (type == null || "n".equals(type)) {
            return stored.isEmpty() ? "" : number(stored);
        }
        return switch (type) {
            case "s" -> strings.getItemAt(Integer.parseInt(stored.strip())).getString();
            case "b" -> "1".equals(stored) ? "TRUE" : "FALSE";
            case "d" -> stored.length() >= 10 ? stored.substring(0, 10) : stored;
            // "str" (a formula's text), "inlineStr" and "e" (an error such as #DIV/0!) are kept as written.
            default -> stored;
        };
    }

    private String number(String stored) {
        double number = Double.parseDouble(stored);
        if (isDateStyle(style) && DateUtil.isValidExcelDate(number)) {
            return DateUtil.getLocalDateTime(number).toLocalDate().toString();
        }
        return new BigDecimal(number).round(DOUBLE_DIGITS).stripTrailingZeros().toPlainString();
    }

    private boolean isDateStyle(int index) {
        return dateStyles.computeIfAbsent(index, i -> {
            if (styles == null || i >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle cellStyle = styles.getStyleAt(i);
            return cellStyle != null
                    && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
        });
    }
}
