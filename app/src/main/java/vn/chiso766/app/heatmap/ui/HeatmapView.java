package vn.chiso766.app.heatmap.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import vn.chiso766.app.i18n.PeriodLabel;
import vn.chiso766.app.ranking.RankingResult;
import vn.chiso766.app.ranking.RankingService;
import vn.chiso766.app.ranking.ui.ScopeParameters;
import vn.chiso766.app.ranking.ui.ScopeParameters.ScopeAndPeriod;
import vn.chiso766.app.ui.DownloadLinks;
import vn.chiso766.domain.heatmap.CriteriaHeatmap;
import vn.chiso766.domain.period.InvalidPeriodException;
import vn.chiso766.domain.period.Period;

/**
 * Where each unit is weakest: units × criteria by attainment (or points lost), and units × the last twelve
 * months by total (or rank). State in the URL: scope, period, mode (attainment|lost), metric (total|rank).
 */
@Route("heatmap")
@PermitAll
public class HeatmapView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int MONTHS = 12;

    private final RankingService rankings;
    private final H2 heading = new H2();
    private final Paragraph error = new Paragraph();
    private final RadioButtonGroup<HeatMode> modes = new RadioButtonGroup<>();
    private final RadioButtonGroup<TimeMetric> metrics = new RadioButtonGroup<>();
    private final CriteriaHeatGrid criteria = new CriteriaHeatGrid();
    private final H3 timeHeading = new H3();
    private final TimeHeatGrid time = new TimeHeatGrid();
    private final DownloadLinks downloads = new DownloadLinks("heatmap-downloads");
    private @Nullable Location location;
    private @Nullable Period period;

    public HeatmapView(RankingService rankings) {
        this.rankings = rankings;
        setWidthFull();
        heading.setId("heatmap-heading");
        error.setId("heatmap-error");
        error.addClassName("page-error");
        configureToggles();
        criteria.addCellClickListener(e -> openWard(e.unitCode()));
        time.addCellClickListener(e -> openWard(e.unitCode()));
        add(heading, error, new HeatLegend(), modes, downloads, criteria, timeHeading, metrics, time);
    }

    private void configureToggles() {
        modes.setId("heat-mode");
        modes.setItems(HeatMode.values());
        modes.setItemLabelGenerator(m -> getTranslation("heatmap.mode." + m.parameter()));
        modes.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                navigate("mode", e.getValue().parameter());
            }
        });
        metrics.setId("time-metric");
        metrics.setItems(TimeMetric.values());
        metrics.setItemLabelGenerator(m -> getTranslation("heatmap.metric." + m.parameter()));
        metrics.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                navigate("metric", e.getValue().parameter());
            }
        });
        timeHeading.setText(getTranslation("heatmap.timeHeading", MONTHS));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        location = event.getLocation();
        setContentVisible(false);
        error.setVisible(false);
        try {
            enter(event);
        } catch (AccessDeniedException e) {
            showError(getTranslation("access.denied"));
        } catch (InvalidPeriodException e) {
            showError(getTranslation("ranking.invalidPeriod", e.text()));
        }
    }

    private void enter(BeforeEnterEvent event) {
        ScopeParameters parameters = ScopeParameters.of(event);
        Optional<ScopeAndPeriod> resolved = parameters.resolve(rankings);
        if (resolved.isEmpty()) {
            showError(getTranslation("ranking.noData"));
            return;
        }
        if (parameters.forwardIfIncomplete(event, "heatmap", resolved.get())) {
            return;
        }
        Optional<String> scope = Optional.of(resolved.get().scope());
        Optional<Period> chosen = Optional.of(resolved.get().period());
        period = chosen.get();
        HeatMode mode = HeatMode.fromParameter(parameters.first("mode").orElse(""));
        TimeMetric metric = TimeMetric.fromParameter(parameters.first("metric").orElse(""));
        Optional<RankingResult> result = rankings.rank(scope.get(), period);
        if (result.isEmpty()) {
            showError(getTranslation("ranking.unknownScope", scope.get()));
            return;
        }
        show(result.get(), mode, metric);
    }

    private void show(RankingResult result, HeatMode mode, TimeMetric metric) {
        heading.setText(getTranslation("heatmap.heading", result.table().scope().name()) + " — "
                + PeriodLabel.of(result.table().period(), this::getTranslation));
        modes.setValue(mode);
        criteria.show(CriteriaHeatmap.of(result.table()), mode);
        downloads.clear();
        Map<String, @Nullable String> params = new java.util.LinkedHashMap<>();
        params.put("scope", result.table().scope().code());
        params.put("period", result.table().period().code());
        downloads.add("export.heatmap.xlsx", "heatmap.xlsx", params);
        Period.Month lastMonth = result.table().period().months().getLast();
        metrics.setValue(metric);
        time.show(rankings.series(result.table().scope().code(), lastMonth, MONTHS), metric);
        setContentVisible(true);
    }

    private void setContentVisible(boolean visible) {
        modes.setVisible(visible);
        downloads.setVisible(visible);
        criteria.setVisible(visible);
        timeHeading.setVisible(visible);
        metrics.setVisible(visible);
        time.setVisible(visible);
    }

    private void openWard(String unitCode) {
        Map<String, List<String>> params = new HashMap<>();
        if (period != null) {
            params.put("period", List.of(period.months().getLast().code()));
        }
        UI.getCurrent().navigate("wards/" + unitCode, new QueryParameters(params));
    }

    private void navigate(String name, String value) {
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
        return getTranslation("heatmap.pageTitle") + " — " + getTranslation("app.title");
    }

    CriteriaHeatGrid criteriaGrid() {
        return criteria;
    }
}
