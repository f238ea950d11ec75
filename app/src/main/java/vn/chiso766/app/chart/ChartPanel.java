package vn.chiso766.app.chart;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A chart with its data table below it and a button "Bảng số liệu / Data table" that shows or hides the table;
 * the button tells assistive technology which table it controls and whether it is open.
 */
public class ChartPanel extends Composite<Div> implements HasSize {

    private static final AtomicLong TABLE_IDS = new AtomicLong();

    private final ApexChart chart = new ApexChart();
    private final ChartTable table = new ChartTable();
    private final Button toggle = new Button();

    public ChartPanel() {}

    public ChartPanel(ChartSpec spec) {
        show(spec);
    }

    @Override
    protected Div initContent() {
        String tableId = "chart-table-" + TABLE_IDS.incrementAndGet();
        table.setId(tableId);
        toggle.getElement().setAttribute("aria-controls", tableId);
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.addClassName("chart-panel__toggle");
        toggle.addClickListener(e -> setTableVisible(!table.isVisible()));
        table.setVisible(false);
        Div panel = new Div(chart, toggle, table);
        panel.addClassName("chart-panel");
        panel.setWidthFull();
        return panel;
    }

    public void show(ChartSpec spec) {
        getContent();
        chart.show(spec);
        table.show(spec.table());
    }

    public void setTableVisible(boolean visible) {
        getContent();
        table.setVisible(visible);
        updateToggle();
    }

    public boolean isTableVisible() {
        return table.isVisible();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        updateToggle();
    }

    private void updateToggle() {
        boolean open = table.isVisible();
        toggle.setText(getTranslation(open ? "chart.table.hide" : "chart.table.show"));
        toggle.getElement().setAttribute("aria-expanded", Boolean.toString(open));
    }

    public ApexChart chart() {
        return chart;
    }

    public ChartTable table() {
        return table;
    }

    public Button tableToggle() {
        return toggle;
    }
}
