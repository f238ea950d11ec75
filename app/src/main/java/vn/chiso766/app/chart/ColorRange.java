package vn.chiso766.app.chart;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * One step of a heatmap's colour scale, from and to inclusive (where two ranges share a bound, the later one
 * wins, as in ApexCharts). The label names the step in the legend, so that the scale reads without colour; the
 * text colour keeps the cell's number readable on the fill.
 */
public record ColorRange(BigDecimal from, BigDecimal to, String color, String textColor, String label) {

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    public ColorRange {
        if (from.compareTo(to) > 0) {
            throw new IllegalArgumentException("Range \"" + label + "\" starts after it ends");
        }
        requireHex(color);
        requireHex(textColor);
    }

    public static ColorRange of(Number from, Number to, String color, String textColor, String label) {
        return new ColorRange(new BigDecimal(from.toString()), new BigDecimal(to.toString()), color, textColor, label);
    }

    private static void requireHex(String colour) {
        if (!HEX.matcher(colour).matches()) {
            throw new IllegalArgumentException("Colour \"" + colour + "\" is not #rrggbb");
        }
    }
}
