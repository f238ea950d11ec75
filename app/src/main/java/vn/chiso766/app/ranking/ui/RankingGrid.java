package vn.chiso766.app.ranking.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.chiso766.app.i18n.ScoreFormat;
import vn.chiso766.app.ranking.RankingResult;
import vn.chiso766.domain.criteria.Criterion;
import vn.chiso766.domain.ranking.RankingRow;
import vn.chiso766.domain.score.Weakness;

/** The ranking as a grid: rank, movement, unit, total, band, the six groups and the weakest criterion. */
public class RankingGrid extends Composite<Grid<RankingGridItem>> {

    private final Grid<RankingGridItem> grid = new Grid<>();

    @Override
    protected Grid<RankingGridItem> initContent() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setId("ranking-grid");
        return grid;
    }

    public void show(RankingResult result) {
        Locale locale = getLocale();
        grid.removeAllColumns();
        configureColumns(result.table().catalogue().criteria(), locale);
        grid.setItems(items(result));
    }

    List<RankingGridItem> items() {
        return grid.getListDataView().getItems().toList();
    }

    private static List<RankingGridItem> items(RankingResult result) {
        List<RankingGridItem> items = new ArrayList<>();
        result.table()
                .rows()
                .forEach(r -> items.add(new RankingGridItem(
                        r.unit(),
                        r,
                        result.isDemo(r.unit().code()),
                        result.monthsCovered().get(r.unit().code()))));
        result.table().missing().forEach(u -> items.add(new RankingGridItem(u, null, false, null)));
        return items;
    }

    private void configureColumns(List<Criterion> criteria, Locale locale) {
        grid.addColumn(i -> i.row() == null ? "" : Integer.toString(i.row().rank()))
                .setHeader(getTranslation("ranking.column.rank"))
                .setKey("rank")
                .setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(0)
                .setWidth("4.5em");
        grid.addComponentColumn(this::movement)
                .setHeader(getTranslation("ranking.column.movement"))
                .setKey("movement")
                .setFlexGrow(0)
                .setWidth("6em");
        grid.addComponentColumn(this::unitCell)
                .setHeader(getTranslation("ranking.column.unit"))
                .setKey("unit")
                .setFlexGrow(1)
                .setWidth("13em");
        grid.addColumn(i -> i.row() == null ? "" : ScoreFormat.format(i.row().total(), locale))
                .setHeader(getTranslation("ranking.column.total"))
                .setKey("total")
                .setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(0)
                .setWidth("6.5em");
        grid.addComponentColumn(this::bandBadge)
                .setHeader(getTranslation("ranking.column.band"))
                .setKey("band")
                .setFlexGrow(0)
                .setWidth("7.5em");
        criteria.forEach(c -> addGroupColumn(c, locale));
        grid.addColumn(i -> weakest(i.row(), locale))
                .setHeader(getTranslation("ranking.column.weakest"))
                .setKey("weakest")
                .setFlexGrow(0)
                .setWidth("11.5em");
    }

    private void addGroupColumn(Criterion criterion, Locale locale) {
        Span header = new Span(criterion.code());
        header.setTitle(criterion.name(locale) + " (" + ScoreFormat.maximum(criterion.maxPoints(), locale) + ")");
        grid.addColumn(i -> i.row() == null
                        ? ""
                        : i.row()
                                .card()
                                .groups()
                                .get(criterion.code())
                                .map(p -> ScoreFormat.format(p, locale))
                                .orElse(""))
                .setHeader(header)
                .setKey("group-" + criterion.code())
                .setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(0)
                .setWidth("5.4em");
    }

    private HorizontalLayout unitCell(RankingGridItem item) {
        // A router link by path, not by view class: the ward page's feature depends on this one, not the reverse.
        Anchor name = new Anchor(wardLink(item), item.unit().name());
        name.getElement().setAttribute("router-link", true);
        HorizontalLayout cell = new HorizontalLayout(name);
        cell.setSpacing(false);
        cell.getStyle().set("gap", "var(--lumo-space-s)");
        if (item.demo()) {
            cell.add(badge(getTranslation("ranking.demoBadge"), "demo"));
        }
        if (item.monthsCovered() != null) {
            int months = item.row().card().period().months().size();
            cell.add(badge(getTranslation("ranking.monthsCovered", item.monthsCovered(), months), "neutral"));
        }
        return cell;
    }

    private static String wardLink(RankingGridItem item) {
        String path = "wards/" + item.unit().code();
        return item.row() == null
                ? path
                : path + "?period="
                        + item.row().card().period().months().getLast().code();
    }

    private Span movement(RankingGridItem item) {
        RankingRow row = item.row();
        if (row == null) {
            return new Span();
        }
        Integer places = row.movement();
        Span span;
        if (places == null) {
            span = new Span("");
            span.getElement().setAttribute("aria-label", getTranslation("ranking.movement.noneLabel"));
        } else if (places > 0) {
            span = labelled("ranking.movement.up", "ranking.movement.upLabel", places, "up");
        } else if (places < 0) {
            span = labelled("ranking.movement.down", "ranking.movement.downLabel", -places, "down");
        } else {
            span = labelled("ranking.movement.same", "ranking.movement.sameLabel", 0, "neutral");
        }
        return span;
    }

    private Span labelled(String textKey, String labelKey, int places, String colour) {
        Span span = new Span(getTranslation(textKey, places));
        span.getElement().setAttribute("aria-label", getTranslation(labelKey, places));
        span.addClassNames("badge", "badge--" + colour);
        return span;
    }

    private Span bandBadge(RankingGridItem item) {
        if (item.row() == null) {
            return badge(getTranslation("ranking.noReport"), "missing");
        }
        var band = item.row().band();
        return badge(
                getTranslation("band." + band.name()), "band-" + band.name().toLowerCase(Locale.ROOT));
    }

    private String weakest(RankingRow row, Locale locale) {
        if (row == null || row.weakest() == null) {
            return "";
        }
        Weakness w = row.weakest();
        BigDecimal max = w.criterion().maxPoints();
        return getTranslation(
                "ranking.weakest",
                w.criterion().code(),
                ScoreFormat.format(w.points(), locale),
                ScoreFormat.maximum(max, locale),
                ScoreFormat.format(w.pointsLost(), locale));
    }

    private static Span badge(String text, String variant) {
        Span span = new Span(text);
        span.addClassNames("badge", "badge--" + variant);
        return span;
    }
}
