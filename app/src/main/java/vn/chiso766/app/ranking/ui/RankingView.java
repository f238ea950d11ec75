package vn.chiso766.app.ranking.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import vn.chiso766.app.i18n.PeriodLabel;
import vn.chiso766.app.ranking.RankingResult;
import vn.chiso766.app.ranking.RankingService;
import vn.chiso766.app.ranking.ui.ScopeParameters.ScopeAndPeriod;
import vn.chiso766.app.ui.DownloadLinks;
import vn.chiso766.domain.period.InvalidPeriodException;
import vn.chiso766.domain.period.Period;

/**
 * The ranking of a parent unit's children for a period. Its state lives in the URL ({@code scope}, {@code period}):
 * a visit without them is forwarded to the user's default scope and its latest month, so that every ranking on
 * screen has a link that opens it again.
 */
@Route("rankings")
// Every signed-in role ranks something; which scopes a user may rank is decided in RankingService.
@PermitAll
public class RankingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String SCOPE = "scope";
    static final String PERIOD = "period";
    static final String SUBMITTED = "submitted";
    private static final String TOTAL = "total";

    private final RankingService service;
    private final H2 heading = new H2();
    private final Paragraph demoNotice = new Paragraph();
    private final Paragraph summary = new Paragraph();
    private final Paragraph error = new Paragraph();
    private final RankingGrid grid = new RankingGrid();
    private final TextField search = new TextField();
    private final Select<String> rankBy = new Select<>();
    private final Checkbox includeSubmitted = new Checkbox();
    private final HorizontalLayout toolbar = new HorizontalLayout(search, rankBy, includeSubmitted);
    private final DownloadLinks downloads = new DownloadLinks("ranking-downloads");
    private @Nullable Location location;

    public RankingView(RankingService service) {
        this.service = service;
        setWidthFull();
        heading.setId("ranking-heading");
        error.addClassName("page-error");
        error.setId("ranking-error");
        demoNotice.addClassName("demo-notice");
        demoNotice.setId("demo-notice");
        summary.setId("ranking-summary");
        configureToolbar();
        add(heading, error, demoNotice, toolbar, downloads, summary, grid);
    }

    private void configureToolbar() {
        search.setId("ranking-search");
        search.setPlaceholder(getTranslation("ranking.search"));
        search.setAriaLabel(getTranslation("ranking.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> {
            grid.filter(e.getValue());
            if (e.isFromClient()) {
                replaceParameter("q", e.getValue());
            }
        });
        rankBy.setId("rank-by");
        rankBy.setLabel(getTranslation("ranking.rankBy"));
        rankBy.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                navigateWith("by", TOTAL.equals(e.getValue()) ? "" : e.getValue());
            }
        });
        includeSubmitted.setId("include-submitted");
        includeSubmitted.setLabel(getTranslation("ranking.includeSubmitted"));
        includeSubmitted.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                navigateWith(SUBMITTED, Boolean.TRUE.equals(e.getValue()) ? "true" : "");
            }
        });
        toolbar.setAlignItems(Alignment.BASELINE);
        grid.addSortListener(e -> {
            if (e.isFromClient()) {
                replaceParameter(
                        "sort",
                        e.getSortOrder().isEmpty()
                                ? ""
                                : (e.getSortOrder().getFirst().getDirection() == SortDirection.DESCENDING ? "-" : "")
                                        + e.getSortOrder()
                                                .getFirst()
                                                .getSorted()
                                                .getKey());
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // The address the toolbar rewrites; without it the search, sort and options would not reach the URL.
        location = event.getLocation();
        clear();
        try {
            enter(event);
        } catch (AccessDeniedException e) {
            // A typed or copied URL for a scope the user may not rank: say so, show nothing of it.
            clear();
            showError(getTranslation("access.denied"));
        } catch (InvalidPeriodException e) {
            showError(getTranslation("ranking.invalidPeriod", e.text()));
        } catch (IllegalArgumentException e) {
            showError(getTranslation("ranking.unknownCriterion"));
        }
    }

    private void enter(BeforeEnterEvent event) {
        ScopeParameters parameters = ScopeParameters.of(event);
        Optional<ScopeAndPeriod> resolved = parameters.resolve(service);
        if (resolved.isEmpty()) {
            showError(getTranslation("ranking.noData"));
            return;
        }
        if (parameters.forwardIfIncomplete(event, "rankings", resolved.get())) {
            return;
        }
        Optional<String> scope = Optional.of(resolved.get().scope());
        Optional<Period> period = Optional.of(resolved.get().period());
        String by = parameters.first("by").orElse(null);
        boolean submitted = parameters.first(SUBMITTED).map("true"::equals).orElse(false);
        service.rank(scope.get(), period.get(), by, submitted)
                .ifPresentOrElse(
                        result -> {
                            show(result, by);
                            includeSubmitted.setValue(submitted);
                            includeSubmitted.setVisible(service.canIncludeSubmitted());
                            search.setValue(parameters.first("q").orElse(""));
                            parameters.first("sort").ifPresent(grid::sortBy);
                        },
                        () -> showError(getTranslation("ranking.unknownScope", scope.get())));
    }

    private void show(RankingResult result, @Nullable String by) {
        List<String> options = new java.util.ArrayList<>();
        options.add(TOTAL);
        result.table().catalogue().criteria().forEach(c -> options.add(c.code()));
        rankBy.setItems(options);
        rankBy.setItemLabelGenerator(code -> TOTAL.equals(code)
                ? getTranslation("ranking.rankBy.total")
                : code + " — " + result.table().catalogue().get(code).name(getLocale()));
        rankBy.setValue(by == null ? TOTAL : by);
        toolbar.setVisible(true);
        heading.setText(getTranslation("ranking.heading", result.table().scope().name()) + " — "
                + PeriodLabel.of(result.table().period(), this::getTranslation));
        demoNotice.setText(getTranslation("ranking.demoNotice"));
        demoNotice.setVisible(result.hasDemoData());
        summary.setText(getTranslation(
                "ranking.summary",
                result.table().rows().size(),
                result.table().missing().size()));
        summary.setVisible(true);
        grid.show(result);
        grid.setVisible(true);
        showDownloads(result, by);
    }

    private void showDownloads(RankingResult result, @Nullable String by) {
        Map<String, @Nullable String> params = new java.util.LinkedHashMap<>();
        params.put(SCOPE, result.table().scope().code());
        params.put(PERIOD, result.table().period().code());
        params.put("by", by);
        downloads.clear();
        downloads
                .add("export.rankings.xlsx", "rankings.xlsx", params)
                .add("export.rankings.csv", "rankings.csv", params)
                .add("export.rankings.pdf", "rankings.pdf", params);
    }

    private void clear() {
        toolbar.setVisible(false);
        downloads.clear();
        error.setVisible(false);
        demoNotice.setVisible(false);
        summary.setVisible(false);
        grid.setVisible(false);
        heading.setText(getTranslation("ranking.pageTitle"));
    }

    /** Keeps a view detail (search, sort) in the address without a new navigation. */
    private void replaceParameter(String name, String value) {
        if (location == null) {
            return;
        }
        location = new Location(location.getPath(), ScopeParameters.with(location, name, value));
        UI.getCurrent().getPage().getHistory().replaceState(null, location);
    }

    private void navigateWith(String name, String value) {
        if (location != null) {
            ScopeParameters.navigate(location, name, value);
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ranking.pageTitle") + " — " + getTranslation("app.title");
    }

    RankingGrid grid() {
        return grid;
    }
}
