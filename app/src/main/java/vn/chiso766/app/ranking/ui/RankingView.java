package vn.chiso766.app.ranking.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import vn.chiso766.app.i18n.PeriodLabel;
import vn.chiso766.app.ranking.RankingResult;
import vn.chiso766.app.ranking.RankingService;
import vn.chiso766.app.ui.LanguageSwitch;
import vn.chiso766.app.ui.SignedInUser;
import vn.chiso766.domain.period.InvalidPeriodException;
import vn.chiso766.domain.period.Period;

/**
 * The ranking of a parent unit's children for a period. Its state lives in the URL ({@code scope}, {@code period})
 * so that a copied link opens the same ranking.
 */
@Route("rankings")
@RouteAlias("")
// Every signed-in role ranks something; which scopes a user may rank is decided in RankingService.
@PermitAll
public class RankingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String SCOPE = "scope";
    static final String PERIOD = "period";

    private final RankingService service;
    private final H2 heading = new H2();
    private final Select<Period> periodSelect = new Select<>();
    private final Paragraph demoNotice = new Paragraph();
    private final Paragraph summary = new Paragraph();
    private final Paragraph error = new Paragraph();
    private final RankingGrid grid = new RankingGrid();
    private @Nullable String scope;
    private @Nullable Period period;

    public RankingView(RankingService service, AuthenticationContext authentication) {
        this.service = service;
        setWidthFull();
        add(createHeader(authentication), error, demoNotice, summary, grid);
        configurePeriodSelect();
        error.addClassName("page-error");
        error.setId("ranking-error");
        demoNotice.addClassName("demo-notice");
        demoNotice.setId("demo-notice");
        summary.setId("ranking-summary");
    }

    private HorizontalLayout createHeader(AuthenticationContext authentication) {
        heading.setId("ranking-heading");
        HorizontalLayout header =
                new HorizontalLayout(heading, periodSelect, new LanguageSwitch(), new SignedInUser(authentication));
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.expand(heading);
        return header;
    }

    private void configurePeriodSelect() {
        periodSelect.setId("period-select");
        periodSelect.setItemLabelGenerator(p -> PeriodLabel.of(p, this::getTranslation));
        periodSelect.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && scope != null) {
                UI.getCurrent().navigate(RankingView.class, parameters(scope, e.getValue()));
            }
        });
    }

    static QueryParameters parameters(String scope, Period period) {
        return QueryParameters.simple(Map.of(SCOPE, scope, PERIOD, period.code()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            enter(event);
        } catch (AccessDeniedException e) {
            // A typed or copied URL for a scope the user may not rank: say so, show nothing of it.
            clear();
            showError(getTranslation("access.denied"));
        }
    }

    private void enter(BeforeEnterEvent event) {
        Map<String, List<String>> params =
                event.getLocation().getQueryParameters().getParameters();
        scope = first(params, SCOPE).or(service::defaultScope).orElse(null);
        period = null;
        clear();
        if (scope == null) {
            showError(getTranslation("ranking.noData"));
            return;
        }
        Optional<String> periodText = first(params, PERIOD);
        try {
            period = periodText
                    .map(Period::parse)
                    .or(() -> service.latestMonth(scope))
                    .orElse(null);
        } catch (InvalidPeriodException e) {
            showError(getTranslation("ranking.invalidPeriod", e.text()));
            return;
        }
        if (period == null) {
            showError(getTranslation("ranking.noData"));
            return;
        }
        service.rank(scope, period)
                .ifPresentOrElse(this::show, () -> showError(getTranslation("ranking.unknownScope", scope)));
    }

    private void show(RankingResult result) {
        heading.setText(getTranslation("ranking.heading", result.table().scope().name()) + " — "
                + PeriodLabel.of(result.table().period(), this::getTranslation));
        List<Period> months = service.reportedMonths(result.table().scope().code());
        periodSelect.setItems(withCurrent(months, result.table().period()));
        periodSelect.setValue(result.table().period());
        periodSelect.setVisible(true);
        demoNotice.setText(getTranslation("ranking.demoNotice"));
        demoNotice.setVisible(result.hasDemoData());
        summary.setText(getTranslation(
                "ranking.summary",
                result.table().rows().size(),
                result.table().missing().size()));
        summary.setVisible(true);
        grid.show(result);
        grid.setVisible(true);
    }

    private static List<Period> withCurrent(List<Period> months, Period current) {
        if (months.contains(current)) {
            return months;
        }
        return Stream.concat(Stream.of(current), months.stream()).toList();
    }

    private void clear() {
        error.setVisible(false);
        demoNotice.setVisible(false);
        summary.setVisible(false);
        grid.setVisible(false);
        periodSelect.setVisible(false);
        heading.setText(getTranslation("ranking.pageTitle"));
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private static Optional<String> first(Map<String, List<String>> params, String name) {
        return Optional.ofNullable(params.get(name))
                .flatMap(values -> values.stream().filter(v -> !v.isBlank()).findFirst());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ranking.pageTitle") + " — " + getTranslation("app.title");
    }

    RankingGrid grid() {
        return grid;
    }
}
