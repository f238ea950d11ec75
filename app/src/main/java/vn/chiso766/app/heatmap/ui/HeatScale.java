package vn.chiso766.app.heatmap.ui;

import java.math.BigDecimal;
import java.util.List;

/**
 * Attainment classes of the heatmap. Each class has a colour from a colour-blind-safe sequential palette and a
 * printed range, and every cell also prints its value, so no reader depends on colour alone.
 */
enum HeatScale {
    FULL("0.95", "heat-5"),
    HIGH("0.90", "heat-4"),
    GOOD("0.80", "heat-3"),
    MIDDLE("0.70", "heat-2"),
    LOW("0.50", "heat-1"),
    VERY_LOW("0", "heat-0");

    private final BigDecimal lowerBound;
    private final String cssClass;

    HeatScale(String lowerBound, String cssClass) {
        this.lowerBound = new BigDecimal(lowerBound);
        this.cssClass = cssClass;
    }

    static HeatScale of(BigDecimal attainment) {
        for (HeatScale scale : values()) {
            if (attainment.compareTo(scale.lowerBound) >= 0) {
                return scale;
            }
        }
        return VERY_LOW;
    }

    String cssClass() {
        return cssClass;
    }

    BigDecimal lowerBound() {
        return lowerBound;
    }

    /** The upper bound of the class, for the legend: the lower bound of the next class up, or 1. */
    BigDecimal upperBound() {
        List<HeatScale> all = List.of(values());
        int index = all.indexOf(this);
        return index == 0 ? BigDecimal.ONE : all.get(index - 1).lowerBound;
    }
}
