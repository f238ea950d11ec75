package vn.chiso766.app.heatmap.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.math.BigDecimal;
import java.util.Locale;
import vn.chiso766.app.i18n.ScoreFormat;
import vn.chiso766.app.ui.GridHeight;
import vn.chiso766.domain.criteria.Criterion;
import vn.chiso766.domain.heatmap.CriteriaHeatmap;
import vn.chiso766.domain.heatmap.HeatCell;
import vn.chiso766.domain.heatmap.HeatRow;

/**
 * Units × criteria. Each cell is a native button (reachable by keyboard, styled by our classes) printing the value, coloured by attainment,
 * with the unit's weakest cell marked ▼; the footer holds the scope's mean.
 */
class CriteriaHeatGrid extends Composite<Grid<HeatRow>> {

    private final Grid<HeatRow> grid = new Grid<>();

    @Override
    protected Grid<HeatRow> initContent() {
        grid.setId("criteria-heatmap");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_ROW_BORDERS);
        return grid;
    }

    void show(CriteriaHeatmap heatmap, HeatMode mode) {
        Locale locale = getLocale();
        grid.removeAllColumns();
        grid.addColumn(r -> r.unit().name())
                .setHeader(getTranslation("ranking.column.unit"))
                .setKey("unit")
                .setFooter(getTranslation("heatmap.mean"))
                .setWidth("14em")
                .setFlexGrow(1);
        var criteria = heatmap.ranking().catalogue().criteria();
        for (int i = 0; i < criteria.size(); i++) {
            addCriterionColumn(criteria.get(i), i, heatmap, mode, locale);
        }
        GridHeight.fit(grid, heatmap.rows().size());
        grid.setItems(heatmap.rows());
    }

    private void addCriterionColumn(
            Criterion criterion, int index, CriteriaHeatmap heatmap, HeatMode mode, Locale locale) {
        BigDecimal mean = heatmap.meanAttainment().get(criterion.code());
        Span footer = new Span(mean == null ? "" : value(mean, criterion, mode, locale));
        if (mean != null) {
            footer.addClassNames("heat-cell", HeatScale.of(mean).cssClass());
        }
        Span header = new Span(criterion.code());
        header.setTitle(criterion.name(locale) + " (" + ScoreFormat.maximum(criterion.maxPoints(), locale) + ")");
        grid.addComponentColumn(row -> cell(row, index, mode, locale))
                .setHeader(header)
                .setFooter(footer)
                .setKey(criterion.code())
                .setTextAlign(ColumnTextAlign.CENTER)
                .setWidth("6.5em")
                .setFlexGrow(0);
    }

    private NativeButton cell(HeatRow row, int index, HeatMode mode, Locale locale) {
        HeatCell cell = row.cells().get(index);
        Criterion criterion = cell.value().criterion();
        String text = value(cell.attainment(), criterion, mode, locale) + (cell.weakest() ? " ▼" : "");
        NativeButton button = new NativeButton(
                text, e -> fireEvent(new CellClickEvent(this, row.unit().code())));
        button.addClassNames("heat-cell", HeatScale.of(cell.attainment()).cssClass());
        if (cell.weakest()) {
            button.addClassName("heat-weakest");
        }
        button.setAriaLabel(getTranslation(
                cell.weakest() ? "heatmap.cellLabel.weakest" : "heatmap.cellLabel",
                row.unit().name(),
                criterion.name(locale),
                ScoreFormat.format(cell.value().points(), locale),
                ScoreFormat.maximum(criterion.maxPoints(), locale),
                ScoreFormat.percent(cell.attainment(), locale)));
        return button;
    }

    private static String value(BigDecimal attainment, Criterion criterion, HeatMode mode, Locale locale) {
        if (mode == HeatMode.POINTS_LOST) {
            BigDecimal lost = criterion.maxPoints().multiply(BigDecimal.ONE.subtract(attainment));
            return lost.signum() == 0 ? ScoreFormat.format(lost, locale) : "−" + ScoreFormat.format(lost, locale);
        }
        return ScoreFormat.percent(attainment, locale);
    }

    Registration addCellClickListener(ComponentEventListener<CellClickEvent> listener) {
        return addListener(CellClickEvent.class, listener);
    }

    Grid<HeatRow> grid() {
        return grid;
    }
}
