package vn.chiso766.app.ward.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.Locale;
import vn.chiso766.app.i18n.PeriodLabel;
import vn.chiso766.app.i18n.ScoreFormat;
import vn.chiso766.app.ranking.TrendPoint;
import vn.chiso766.app.ranking.UnitTrend;

/** The last months: the unit's total and rank beside the scope's mean. */
class TrendTable extends Composite<Grid<TrendPoint>> {

    @Override
    protected Grid<TrendPoint> initContent() {
        Grid<TrendPoint> grid = new Grid<>();
        grid.setId("trend-table");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        Locale locale = getLocale();
        grid.addColumn(p -> PeriodLabel.of(p.period(), this::getTranslation))
                .setHeader(getTranslation("ranking.period"));
        grid.addColumn(p ->
                        p.total() == null ? getTranslation("ranking.noReport") : ScoreFormat.format(p.total(), locale))
                .setHeader(getTranslation("ranking.column.total"))
                .setKey("total")
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(p -> p.rank() == null ? "–" : p.rank() + "/" + p.ranked())
                .setHeader(getTranslation("ranking.column.rank"))
                .setKey("rank")
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(p -> p.scopeMean() == null ? "–" : ScoreFormat.format(p.scopeMean(), locale))
                .setHeader(getTranslation("ward.scopeMean"))
                .setKey("mean")
                .setTextAlign(ColumnTextAlign.END);
        return grid;
    }

    void show(UnitTrend trend) {
        getContent().setItems(trend.points().reversed());
    }
}
