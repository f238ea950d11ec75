package vn.chiso766.domain.heatmap;

import java.math.BigDecimal;
import vn.chiso766.domain.score.Weakness;

/** One unit × criterion cell: its points, attainment and points lost, and whether it is the unit's weakest. */
public record HeatCell(Weakness value, boolean weakest) {

    public BigDecimal attainment() {
        return value.attainment();
    }

    public BigDecimal pointsLost() {
        return value.pointsLost();
    }
}
