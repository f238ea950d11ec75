package vn.chiso766.app.heatmap.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.Composite;

/** A heatmap cell was activated: open that unit's page. */
class CellClickEvent extends ComponentEvent<Composite<?>> {

    private final String unitCode;

    CellClickEvent(Composite<?> source, String unitCode) {
        super(source, true);
        this.unitCode = unitCode;
    }

    String unitCode() {
        return unitCode;
    }
}
