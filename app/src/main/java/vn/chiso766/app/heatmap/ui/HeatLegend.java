package vn.chiso766.app.heatmap.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.math.BigDecimal;
import vn.chiso766.app.i18n.ScoreFormat;

/** The legend: each colour with its printed attainment range, and the mark of the weakest cell. */
class HeatLegend extends Composite<FlexLayout> {

    @Override
    protected FlexLayout initContent() {
        FlexLayout legend = new FlexLayout();
        legend.setId("heat-legend");
        legend.addClassName("heat-legend");
        legend.add(new Span(getTranslation("heatmap.legend")));
        for (HeatScale scale : HeatScale.values()) {
            Span swatch = new Span(range(scale));
            swatch.addClassNames("heat-cell", scale.cssClass());
            legend.add(swatch);
        }
        Span weakest = new Span("▼ " + getTranslation("heatmap.weakestMark"));
        weakest.addClassName("heat-weakest-legend");
        legend.add(weakest);
        return legend;
    }

    private String range(HeatScale scale) {
        String from = percent(scale.lowerBound());
        return scale.upperBound().compareTo(BigDecimal.ONE) == 0
                ? getTranslation("heatmap.range.atLeast", from)
                : getTranslation("heatmap.range.between", from, percent(scale.upperBound()));
    }

    private String percent(BigDecimal fraction) {
        return ScoreFormat.percent(fraction, getLocale());
    }
}
