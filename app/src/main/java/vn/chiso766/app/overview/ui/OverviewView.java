package vn.chiso766.app.overview.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import vn.chiso766.app.i18n.PeriodLabel;
import vn.chiso766.app.i18n.ScoreFormat;
import vn.chiso766.app.ranking.RankingResult;
import vn.chiso766.app.ranking.RankingService;
import vn.chiso766.app.ranking.ui.ScopeParameters;
import vn.chiso766.app.ranking.ui.ScopeParameters.ScopeAndPeriod;
import vn.chiso766.app.ui.DownloadLinks;
import vn.chiso766.domain.overview.Mover;
import vn.chiso766.domain.overview.ScopeOverview;
import vn.chiso766.domain.period.InvalidPeriodException;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.ranking.RankingRow;
import vn.chiso766.domain.score.Band;

/**
 * The landing page: what a leader reads before the monthly meeting, for the scope and period in the URL.
 */
@Route("")
@PermitAll
public class OverviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RankingService rankings;
    private final H2 heading = new H2();
    private final Paragraph error = new Paragraph();
    private final FlexLayout cards = new FlexLayout();
    private final DownloadLinks downloads = new DownloadLinks("overview-downloads");

    public OverviewView(RankingService rankings) {
        this.rankings = rankings;
        setWidthFull();
        heading.setId("overview-heading");
        error.setId("overview-error");
        error.addClassName("page-error");
        cards.setId("overview-cards");
        cards.addClassName("overview-cards");
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        add(heading, error, downloads, cards);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        error.setVisible(false);
        cards.removeAll();
        downloads.clear();
        heading.setText(getTranslation("overview.pageTitle"));
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
        if (parameters.forwardIfIncomplete(event, "", resolved.get())) {
            return;
        }
        Optional<String> scope = Optional.of(resolved.get().scope());
        Optional<Period> period = Optional.of(resolved.get().period());
        Optional<RankingResult> current = rankings.rank(scope.get(), period.get());
        if (current.isEmpty()) {
            showError(getTranslation("ranking.unknownScope", scope.get()));
            return;
        }
        Optional<RankingResult> previous =
                rankings.rank(scope.get(), period.get().previous());
        show(
                current.get(),
                ScopeOverview.of(
                        current.get().table(),
                        previous.map(RankingResult::table).orElse(null)));
    }

    private void show(RankingResult result, ScopeOverview overview) {
        Locale locale = getLocale();
        if (result.table().period() instanceof Period.Month month) {
            // The monthly summary is a month's document; quarters and years have none.
            String path = "summary/" + result.table().scope().code() + "/" + month.code();
            downloads
                    .add("export.summary.docx", path + ".docx", Map.of())
                    .add("export.summary.pdf", path + ".pdf", Map.of());
        }
        heading.setText(
                getTranslation("overview.heading", result.table().scope().name()) + " — "
                        + PeriodLabel.of(result.table().period(), this::getTranslation));
        cards.add(
                card("overview-average", getTranslation("overview.average"), averageText(overview, locale)),
                card(
                        "overview-reported",
                        getTranslation("overview.reported"),
                        getTranslation("overview.reportedValue", overview.reported(), overview.missing())),
                card("overview-weakest", getTranslation("overview.weakest"), weakest(result, overview, locale)),
                list("overview-best", getTranslation("overview.best"), overview.best(), locale),
                list("overview-worst", getTranslation("overview.worst"), overview.worst(), locale),
                movers(
                        "overview-risers",
                        getTranslation("overview.risers"),
                        overview.risersByPlaces(),
                        overview.risersByPoints(),
                        locale),
                movers(
                        "overview-fallers",
                        getTranslation("overview.fallers"),
                        overview.fallersByPlaces(),
                        overview.fallersByPoints(),
                        locale),
                bands(overview));
    }

    private String averageText(ScopeOverview overview, Locale locale) {
        if (overview.average() == null) {
            return "–";
        }
        String average = ScoreFormat.format(overview.average(), locale);
        return overview.averageChange() == null
                ? average
                : getTranslation(
                        "overview.averageValue", average, ScoreFormat.signed(overview.averageChange(), locale));
    }

    private String weakest(RankingResult result, ScopeOverview overview, Locale locale) {
        if (overview.weakestCriterion() == null) {
            return "–";
        }
        return result.table()
                .catalogue()
                .find(overview.weakestCriterion())
                .map(c -> c.code() + " — " + c.name(locale))
                .orElse(overview.weakestCriterion());
    }

    private Div card(String id, String title, String value) {
        Span number = new Span(value);
        number.addClassName("overview-value");
        Div card = new Div(new H3(title), number);
        card.setId(id);
        card.addClassName("overview-card");
        return card;
    }

    private Div list(String id, String title, List<RankingRow> rows, Locale locale) {
        OrderedList list = new OrderedList();
        rows.forEach(r -> list.add(new ListItem(getTranslation(
                "overview.rankedUnit", r.rank(), r.unit().name(), ScoreFormat.format(r.total(), locale)))));
        Div card = new Div(new H3(title), list);
        card.setId(id);
        card.addClassName("overview-card");
        return card;
    }

    private Div movers(String id, String title, List<Mover> byPlaces, List<Mover> byPoints, Locale locale) {
        OrderedList places = new OrderedList();
        byPlaces.forEach(m -> places.add(new ListItem(getTranslation(
                "overview.moverPlaces",
                m.unit().name(),
                Math.abs(m.places()),
                ScoreFormat.signed(m.points(), locale)))));
        OrderedList points = new OrderedList();
        byPoints.forEach(m -> points.add(new ListItem(
                getTranslation("overview.moverPoints", m.unit().name(), ScoreFormat.signed(m.points(), locale)))));
        Div card = new Div(
                new H3(title),
                new Paragraph(getTranslation("overview.byPlaces")),
                places,
                new Paragraph(getTranslation("overview.byPoints")),
                points);
        card.setId(id);
        card.addClassName("overview-card");
        return card;
    }

    private Div bands(ScopeOverview overview) {
        OrderedList list = new OrderedList();
        for (Band band : Band.values()) {
            Span badge = new Span(getTranslation("band." + band.name()));
            badge.addClassNames("badge", "badge--band-" + band.name().toLowerCase(Locale.ROOT));
            ListItem item = new ListItem(badge, new Span(" " + overview.bands().get(band)));
            list.add(item);
        }
        Div card = new Div(new H3(getTranslation("overview.bands")), list);
        card.setId("overview-bands");
        card.addClassName("overview-card");
        return card;
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.pageTitle") + " — " + getTranslation("app.title");
    }
}
