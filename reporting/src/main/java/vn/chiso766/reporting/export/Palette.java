package vn.chiso766.reporting.export;

import java.math.BigDecimal;
import vn.chiso766.domain.score.Band;

/**
 * The screen's colours (app styles.css), so that a file is coloured as the screen: the band badges, and the
 * heatmap's attainment classes from a colour-blind-safe sequential palette (dark blue = full attainment, orange =
 * lowest). Every coloured cell also prints its value, so no reader depends on colour alone.
 */
public final class Palette {

    private Palette() {}

    /** A background and a text colour as RGB hex without "#". */
    public record Colours(String background, String text) {}

    public enum Heat {
        FULL("0.95", new Colours("08306B", "FFFFFF")),
        HIGH("0.90", new Colours("2171B5", "FFFFFF")),
        GOOD("0.80", new Colours("6BAED6", "08172F")),
        MIDDLE("0.70", new Colours("C6DBEF", "08172F")),
        LOW("0.50", new Colours("FDD0A2", "3D1D00")),
        VERY_LOW("0", new Colours("F16913", "1D0D00"));

        private final BigDecimal lowerBound;
        private final Colours colours;

        Heat(String lowerBound, Colours colours) {
            this.lowerBound = new BigDecimal(lowerBound);
            this.colours = colours;
        }

        public static Heat of(BigDecimal attainment) {
            for (Heat heat : values()) {
                if (attainment.compareTo(heat.lowerBound) >= 0) {
                    return heat;
                }
            }
            return VERY_LOW;
        }

        public BigDecimal lowerBound() {
            return lowerBound;
        }

        public Colours colours() {
            return colours;
        }
    }

    public static Colours band(Band band) {
        return switch (band) {
            case EXCELLENT -> new Colours("1E6B3A", "FFFFFF");
            case GOOD -> new Colours("CFEEDD", "14532D");
            case FAIR -> new Colours("E8EEFC", "1E3A8A");
            case AVERAGE -> new Colours("FDF0D5", "7C4A03");
            case WEAK -> new Colours("B91C1C", "FFFFFF");
        };
    }

    /** The "no report" badge. */
    public static final Colours MISSING = new Colours("F4F4F4", "555555");

    /** Header rows of tables. */
    public static final Colours HEADER = new Colours("DDE3EA", "000000");
}
