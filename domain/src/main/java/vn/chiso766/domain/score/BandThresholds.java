package vn.chiso766.domain.score;

import java.math.BigDecimal;

/**
 * Lower bounds of the bands. Confirmed: 90–100 excellent, below 50 weak; the middle cut-offs are a product
 * decision (DOMAIN.md "Bands"), hence configurable.
 */
public record BandThresholds(BigDecimal excellent, BigDecimal good, BigDecimal fair, BigDecimal average) {

    public static final BandThresholds DEFAULT = new BandThresholds(
            BigDecimal.valueOf(90), BigDecimal.valueOf(80), BigDecimal.valueOf(70), BigDecimal.valueOf(50));

    public BandThresholds {
        if (!(excellent.compareTo(good) > 0 && good.compareTo(fair) > 0 && fair.compareTo(average) > 0)) {
            throw new IllegalArgumentException(
                    "Band thresholds must decrease: " + excellent + " > " + good + " > " + fair + " > " + average);
        }
    }

    public Band classify(BigDecimal total) {
        if (total.compareTo(excellent) >= 0) {
            return Band.EXCELLENT;
        }
        if (total.compareTo(good) >= 0) {
            return Band.GOOD;
        }
        if (total.compareTo(fair) >= 0) {
            return Band.FAIR;
        }
        return total.compareTo(average) >= 0 ? Band.AVERAGE : Band.WEAK;
    }
}
