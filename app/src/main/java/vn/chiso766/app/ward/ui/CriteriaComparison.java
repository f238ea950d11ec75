package vn.chiso766.app.ward.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.chiso766.app.i18n.ScoreFormat;
import vn.chiso766.app.ward.WardPage;
import vn.chiso766.domain.criteria.Criterion;
import vn.chiso766.domain.score.WeakestCriterion;
import vn.chiso766.domain.score.Weakness;

/** The unit's points per criterion beside the scope's mean and the maximum, with attainment and points lost. */
class CriteriaComparison extends Composite<Grid<CriteriaComparison.Line>> {

    record Line(
            Criterion criterion,
            @Nullable Weakness unit,
            @Nullable BigDecimal scopeMean,
            boolean weakest) {}

    @Override
    protected Grid<Line> initContent() {
        Grid<Line> grid = new Grid<>();
        grid.setId("criteria-comparison");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        Locale locale = getLocale();
        grid.addColumn(l -> l.criterion().name(locale) + (l.weakest() ? " ▼" : ""))
                .setHeader(getTranslation("ward.criterion"))
                .setFlexGrow(1);
        grid.addColumn(l -> l.unit() == null ? "–" : ScoreFormat.format(l.unit().points(), locale))
                .setHeader(getTranslation("ward.unitPoints"))
                .setKey("unit")
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(l -> l.scopeMean() == null ? "–" : ScoreFormat.format(l.scopeMean(), locale))
                .setHeader(getTranslation("ward.scopeMean"))
                .setKey("mean")
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(l -> ScoreFormat.maximum(l.criterion().maxPoints(), locale))
                .setHeader(getTranslation("ward.maximum"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(l ->
                        l.unit() == null ? "–" : ScoreFormat.percent(l.unit().attainment(), locale))
                .setHeader(getTranslation("ward.attainment"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(l -> l.unit() == null ? "–" : ScoreFormat.format(l.unit().pointsLost(), locale))
                .setHeader(getTranslation("ward.pointsLost"))
                .setKey("lost")
                .setTextAlign(ColumnTextAlign.END);
        return grid;
    }

    void show(WardPage page) {
        String weakest = page.card() == null
                ? null
                : WeakestCriterion.of(page.card().groups(), page.catalogue())
                        .map(w -> w.criterion().code())
                        .orElse(null);
        List<Line> lines = page.catalogue().criteria().stream()
                .map(c -> new Line(
                        c,
                        page.card() == null
                                ? null
                                : page.card()
                                        .groups()
                                        .get(c.code())
                                        .map(p -> WeakestCriterion.weakness(c, p))
                                        .orElse(null),
                        page.scopeMeanPoints().get(c.code()),
                        c.code().equals(weakest)))
                .toList();
        getContent().setItems(lines);
    }
}
