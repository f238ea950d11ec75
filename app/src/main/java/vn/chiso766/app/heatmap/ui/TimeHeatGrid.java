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
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.chiso766.app.i18n.ScoreFormat;
import vn.chiso766.app.ranking.RankingResult;
import vn.chiso766.app.ui.GridHeight;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.ranking.RankingRow;
import vn.chiso766.domain.unit.Unit;

/**
 * Units × the last months: the total (coloured by total ÷ 100) or the rank (coloured by position, the top of the
 * ranking darkest). A month without a report prints "–".
 */
class TimeHeatGrid extends Composite<Grid<TimeHeatRow>> {

    private final Grid<TimeHeatRow> grid = new Grid<>();

    @Override
    protected Grid<TimeHeatRow> initContent() {
        grid.setId("time-heatmap");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_ROW_BORDERS);
        return grid;
    }

    void show(List<RankingResult> series, TimeMetric metric) {
        Locale locale = getLocale();
        grid.removeAllColumns();
        grid.addColumn(r -> r.unit().name())
                .setHeader(getTranslation("ranking.column.unit"))
                .setKey("unit")
                .setWidth("14em")
                .setFlexGrow(1);
        for (int i = 0; i < series.size(); i++) {
            int month = i;
            Period.Month period = (Period.Month) series.get(i).table().period();
            grid.addComponentColumn(r -> cell(r, month, series.get(month), metric, locale))
                    .setHeader(new Span(
                            String.format("%02d/%02d", period.yearMonth().getMonthValue(), period.year() % 100)))
                    .setKey(period.code())
                    .setTextAlign(ColumnTextAlign.CENTER)
                    .setWidth("4.8em")
                    .setFlexGrow(0);
        }
        List<TimeHeatRow> rows = rows(series);
        GridHeight.fit(grid, rows.size());
        grid.setItems(rows);
    }

    private static List<TimeHeatRow> rows(List<RankingResult> series) {
        Map<String, Unit> units = new LinkedHashMap<>();
        RankingResult last = series.getLast();
        last.table().rows().forEach(r -> units.put(r.unit().code(), r.unit()));
        last.table().missing().forEach(u -> units.put(u.code(), u));
        series.forEach(
                s -> s.table().rows().forEach(r -> units.putIfAbsent(r.unit().code(), r.unit())));
        List<TimeHeatRow> rows = new ArrayList<>();
        units.values()
                .forEach(unit -> rows.add(new TimeHeatRow(
                        unit,
                        series.stream()
                                .map(s -> s.table().rows().stream()
                                        .filter(r -> r.unit().code().equals(unit.code()))
                                        .findFirst()
                                        .orElse(null))
                                .toList())));
        return rows;
    }

    private NativeButton cell(TimeHeatRow row, int month, RankingResult result, TimeMetric metric, Locale locale) {
        RankingRow ranked = row.months().get(month);
        if (ranked == null) {
            NativeButton none = new NativeButton("–");
            none.setEnabled(false);
            none.setAriaLabel(getTranslation("ranking.noReport"));
            return none;
        }
        int ranks = result.table().rows().size();
        BigDecimal shade = metric == TimeMetric.TOTAL
                ? ranked.total().divide(BigDecimal.valueOf(100), MathContext.DECIMAL64)
                : BigDecimal.ONE.subtract(BigDecimal.valueOf(ranked.rank() - 1L)
                        .divide(BigDecimal.valueOf(Math.max(1, ranks - 1)), MathContext.DECIMAL64)
                        .multiply(new BigDecimal("0.6")));
        String text = metric == TimeMetric.TOTAL
                ? ScoreFormat.format(ranked.total(), locale)
                : Integer.toString(ranked.rank());
        NativeButton button = new NativeButton(
                text, e -> fireEvent(new CellClickEvent(this, row.unit().code())));
        button.addClassNames("heat-cell", HeatScale.of(shade).cssClass());
        button.setAriaLabel(getTranslation(
                "heatmap.timeCellLabel",
                row.unit().name(),
                result.table().period().code(),
                ScoreFormat.format(ranked.total(), locale),
                ranked.rank(),
                ranks));
        return button;
    }

    Registration addCellClickListener(ComponentEventListener<CellClickEvent> listener) {
        return addListener(CellClickEvent.class, listener);
    }
}
