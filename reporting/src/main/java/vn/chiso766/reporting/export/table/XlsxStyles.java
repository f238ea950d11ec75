package vn.chiso766.reporting.export.table;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.DefaultIndexedColorMap;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.jspecify.annotations.Nullable;
import vn.chiso766.reporting.export.Palette;

/**
 * The cell styles of a workbook, made once per distinct look (a workbook holds at most 64,000 styles, and one per
 * cell would be slow). Number formats use Excel's invariant codes ("0.0#"): Excel and LibreOffice show them with
 * the reader's decimal separator, so "84,1" in Vietnamese.
 */
final class XlsxStyles {

    static final String TEXT = "@";
    static final String SCORE = "0.0#";
    static final String INTEGER = "0";
    static final String CHANGE = "+0.0#;\"−\"0.0#;0.0";
    static final String MOVEMENT = "\"▲ \"0;\"▼ \"0;\"–\"";
    static final String PERCENT = "0%";
    static final String WEAKEST_PERCENT = "0%\" ▼\"";

    /** How a cell looks: number format, colours (hex, null for none), weight, wrapping, alignment, frame. */
    record Look(
            String format,
            Palette.@Nullable Colours colours,
            boolean bold,
            boolean wrap,
            HorizontalAlignment align,
            boolean framed,
            boolean strongFrame) {

        static Look text() {
            return new Look(TEXT, null, false, false, HorizontalAlignment.LEFT, true, false);
        }

        static Look number(String format) {
            return new Look(format, null, false, false, HorizontalAlignment.RIGHT, true, false);
        }

        Look coloured(Palette.@Nullable Colours value) {
            return new Look(format, value, bold, wrap, align, framed, strongFrame);
        }

        Look inBold() {
            return new Look(format, colours, true, wrap, align, framed, strongFrame);
        }

        Look wrapped() {
            return new Look(format, colours, bold, true, align, framed, strongFrame);
        }

        Look aligned(HorizontalAlignment value) {
            return new Look(format, colours, bold, wrap, value, framed, strongFrame);
        }

        Look unframed() {
            return new Look(format, colours, bold, wrap, align, false, false);
        }

        Look framedStrongly() {
            return new Look(format, colours, bold, wrap, align, true, true);
        }
    }

    private final Workbook workbook;
    private final Map<Look, CellStyle> styles = new HashMap<>();
    private final Map<String, XSSFFont> fonts = new HashMap<>();

    XlsxStyles(Workbook workbook) {
        this.workbook = workbook;
    }

    CellStyle of(Look look) {
        return styles.computeIfAbsent(look, this::create);
    }

    private CellStyle create(Look look) {
        XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(look.format()));
        style.setAlignment(look.align());
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(look.wrap());
        if (look.colours() != null) {
            style.setFillForegroundColor(colour(look.colours().background()));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        if (look.framed()) {
            BorderStyle border = look.strongFrame() ? BorderStyle.MEDIUM : BorderStyle.THIN;
            style.setBorderTop(border);
            style.setBorderBottom(border);
            style.setBorderLeft(border);
            style.setBorderRight(border);
        }
        style.setFont(font(look.colours() == null ? "000000" : look.colours().text(), look.bold(), 11));
        return style;
    }

    CellStyle title() {
        XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
        style.setFont(font("000000", true, 14));
        return style;
    }

    private XSSFFont font(String hex, boolean bold, int points) {
        return fonts.computeIfAbsent(hex + bold + points, key -> {
            XSSFFont font = (XSSFFont) workbook.createFont();
            font.setFontName("Arial");
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            font.setColor(colour(hex));
            return font;
        });
    }

    private static XSSFColor colour(String hex) {
        return new XSSFColor(HexFormat.of().parseHex(hex), new DefaultIndexedColorMap());
    }
}
