package vn.chiso766.app.ui;

import com.vaadin.flow.component.grid.Grid;

/**
 * A district's few dozen wards show whole; a province's or the country's thousands scroll inside a grid of fixed
 * height, so that the browser (and the server, which builds cell components only for the rows shown) handles
 * only what is on screen.
 */
public final class GridHeight {

    public static final int ALL_ROWS_UP_TO = 60;

    private GridHeight() {}

    public static void fit(Grid<?> grid, int rows) {
        if (rows <= ALL_ROWS_UP_TO) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setAllRowsVisible(false);
            grid.setHeight("70vh");
        }
    }
}
