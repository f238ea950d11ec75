package vn.chiso766.domain.heatmap;

import java.util.List;
import vn.chiso766.domain.unit.Unit;

/** A unit's cells in catalogue order. */
public record HeatRow(Unit unit, List<HeatCell> cells) {

    public HeatRow {
        cells = List.copyOf(cells);
    }
}
