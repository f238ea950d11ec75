package vn.chiso766.app.ranking.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.event.SortEvent;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.shared.Registration;
import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.chiso766.app.i18n.ScoreFormat;
import vn.chiso766.app.ranking.RankingResult;
import vn.chiso766.app.ui.GridHeight;
import vn.chiso766.domain.criteria.Criterion;
import vn.chiso766.domain.ranking.RankingRow;
import vn.chiso766.domain.score.Weakness;

/**
 * The ranking as a grid: rank, movement, unit, total, change, band, the six groups and the weakest criterion.
 * Every column sorts; units without a report have no values and sort last in descending order.
 */
public class RankingGrid extends Composite<Grid<RankingGridItem>> {

    private final Grid<RankingGridItem> grid = new Grid<>();
    private final List<RankingGridItem> all = new ArrayList<>();

    @Override
    protected Grid<RankingGridItem> initContent() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setId("ranking-grid");
        return grid;
    }

    public void show(RankingResult result) {
        Locale locale = getLocale();
        grid.removeAllColumns();
        configureColumns(result.table().catalogue().criteria(), locale);
        all.clear();
        all.addAll(items(result));
        GridHeight.fit(grid, all.size());
        grid.setItems(all);
    }

    /** Keeps the units whose name contains the text, ignoring case and Vietnamese diacritics. */
    void filter(String text) {
        String wanted = Search.fold(text);
        grid.setItems(all.stream()
                .filter(i -> Search.fold(i.unit().name()).contains(wanted))
                .toList());
    }

    /** Sorts by a column key; a leading "-" sorts descending. Unknown keys leave the ranking order. */
    void sortBy(String sort) {
        boolean descending = sort.startsWith("-");
        String key = descending ? sort.substring(1) : sort;
        Optional.ofNullable(grid.getColumnByKey(key))
                .ifPresent(column -> grid.sort(List.of(
                        new GridSortOrder<>(column, descending ? SortDirection.DESCENDING : SortDirection.ASCENDING))));
    }

    Registration addSortListener(
            com.vaadin.flow.component.ComponentEventListener<
                            SortEvent<Grid<RankingGridItem>, GridSortOrder<RankingGridItem>>>
                    listener) {
        return grid.addSortListener(listener);
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
                .setComparator(Comparator.comparing((RankingGridItem i) ->
                        i.row() == null ? Integer.MAX_VALUE : i.row().rank()))
                .setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(0)
                .setWidth("4.5em");
        grid.addComponentColumn(this::movement)
                .setHeader(getTranslation("ranking.column.movement"))
                .setKey("movement")
                .setComparator(byNumber(i -> i.row() == null || i.row().movement() == null
                        ? null
                        : BigDecimal.valueOf(i.row().movement())))
                .setFlexGrow(0)
                .setWidth("5.8em");
        Collator collator = Collator.getInstance(locale);
        grid.addComponentColumn(this::unitCell)
                .setHeader(getTranslation("ranking.column.unit"))
                .setKey("unit")
                .setComparator(
                        Comparator.comparing((RankingGridItem i) -> i.unit().name(), collator))
                .setFlexGrow(1)
                .setWidth("12em");
        grid.addColumn(i -> i.row() == null ? "" : ScoreFormat.format(i.row().total(), locale))
                .setHeader(getTranslation("ranking.column.total"))
                .setKey("total")
                .setComparator(byNumber(i -> i.row() == null ? null : i.row().total()))
                .setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(0)
                .setWidth("6em");
        grid.addColumn(i -> i.row() == null || i.row().change() == null
                        ? ""
                        : ScoreFormat.signed(i.row().change(), locale))
                .setHeader(getTranslation("ranking.column.change"))
                .setKey("change")
                .setComparator(byNumber(i -> i.row() == null ? null : i.row().change()))
                .setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(0)
                .setWidth("5.5em");
        grid.addComponentColumn(this::bandBadge)
                .setHeader(getTranslation("ranking.column.band"))
                .setKey("band")
                .setComparator(byNumber(i -> i.row() == null ? null : i.row().total()))
                .setFlexGrow(0)
                .setWidth("6.8em");
        criteria.forEach(c -> addGroupColumn(c, locale));
        grid.addColumn(i -> weakest(i.row(), locale))
                .setHeader(getTranslation("ranking.column.weakest"))
                .setKey("weakest")
                .setComparator(byNumber(i -> i.row() == null || i.row().weakest() == null
                        ? null
                        : i.row().weakest().attainment()))
                .setFlexGrow(0)
                .setWidth("10.5em");
    }

    /** Numeric order with units lacking the value first, so a descending sort lists them last. */
    private static Comparator<RankingGridItem> byNumber(Function<RankingGridItem, @Nullable BigDecimal> value) {
        return Comparator.comparing(value, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    private void addGroupColumn(Criterion criterion, Locale locale) {
        Span header = new Span(criterion.code());
        header.setTitle(criterion.name(locale) + " (" + ScoreFormat.maximum(criterion.maxPoints(), locale) + ")");
        Function<RankingGridItem, @Nullable BigDecimal> points = i -> i.row() == null
                ? null
                : i.row().card().groups().get(criterion.code()).orElse(null);
        grid.addColumn(i -> Optional.ofNullable(points.apply(i))
                        .map(p -> ScoreFormat.format(p, locale))
                        .orElse(""))
                .setHeader(header)
                .setKey("group-" + criterion.code())
                .setComparator(byNumber(points))
                .setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(0)
                .setWidth("4.9em");
    }

    private HorizontalLayout unitCell(RankingGridItem item) {
        // A router link by path, not by view class: the ward page's feature depends on this one, not the reverse.
        Anchor name = new Anchor(wardLink(item), item.unit().name());
        name.getElement().setAttribute("router-link", true);
        HorizontalLayout cell = new HorizontalLayout(name);
        cell.setSpacing(false);
        cell.getStyle().set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
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
        if (places == null) {
            Span span = new Span("");
            span.getElement().setAttribute("aria-label", getTranslation("ranking.movement.noneLabel"));
            return span;
        }
        if (places > 0) {
            return labelled("ranking.movement.up", "ranking.movement.upLabel", places, "up");
        }
        if (places < 0) {
            return labelled("ranking.movement.down", "ranking.movement.downLabel", -places, "down");
        }
        return labelled("ranking.movement.same", "ranking.movement.sameLabel", 0, "neutral");
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

    private String weakest(@Nullable RankingRow row, Locale locale) {
        if (row == null || row.weakest() == null) {
            return "";
        }
        Weakness w = row.weakest();
        return getTranslation(
                "ranking.weakest",
                w.criterion().code(),
                ScoreFormat.format(w.points(), locale),
                ScoreFormat.maximum(w.criterion().maxPoints(), locale),
                ScoreFormat.format(w.pointsLost(), locale));
    }

    private static Span badge(String text, String variant) {
        Span span = new Span(text);
        span.addClassNames("badge", "badge--" + variant);
        return span;
    }
}
