package vn.chiso766.app.ranking.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chiso766.app.ranking.RankingService;
import vn.chiso766.domain.period.Period;

/**
 * The {@code scope} and {@code period} of a comparison view's address. A visit without them is forwarded to the
 * user's default scope and its latest month, so that every view on screen has a link that opens it again.
 */
public record ScopeParameters(Map<String, List<String>> parameters) {

    public static final String SCOPE = "scope";
    public static final String PERIOD = "period";

    public record ScopeAndPeriod(String scope, Period period) {}

    public static ScopeParameters of(BeforeEnterEvent event) {
        return new ScopeParameters(event.getLocation().getQueryParameters().getParameters());
    }

    /** The first non-blank value of a parameter. */
    public Optional<String> first(String name) {
        return Optional.ofNullable(parameters.get(name))
                .flatMap(values -> values.stream().filter(v -> !v.isBlank()).findFirst());
    }

    /**
     * The scope and period to show: the address's, or the user's defaults; empty when there is nothing to show.
     *
     * @throws vn.chiso766.domain.period.InvalidPeriodException for a period the address gets wrong
     */
    public Optional<ScopeAndPeriod> resolve(RankingService rankings) {
        Optional<String> scope = first(SCOPE).or(rankings::defaultScope);
        if (scope.isEmpty()) {
            return Optional.empty();
        }
        return first(PERIOD)
                .map(Period::parse)
                .or(() -> rankings.latestMonth(scope.get()))
                .map(period -> new ScopeAndPeriod(scope.get(), period));
    }

    /**
     * Forwards to the same route with the resolved scope and period when the address lacks either; returns
     * whether it did, in which case the view shows nothing now.
     */
    public boolean forwardIfIncomplete(BeforeEnterEvent event, String route, ScopeAndPeriod resolved) {
        if (first(SCOPE).isPresent() && first(PERIOD).isPresent()) {
            return false;
        }
        Map<String, List<String>> all = new HashMap<>(parameters);
        all.put(SCOPE, List.of(resolved.scope()));
        all.put(PERIOD, List.of(resolved.period().code()));
        event.forwardTo(route, new QueryParameters(all));
        return true;
    }

    /** The same address with one parameter set (or removed when blank), for rewriting the URL from a control. */
    public static QueryParameters with(Location location, String name, String value) {
        Map<String, List<String>> all =
                new HashMap<>(location.getQueryParameters().getParameters());
        if (value.isBlank()) {
            all.remove(name);
        } else {
            all.put(name, List.of(value));
        }
        return new QueryParameters(all);
    }

    /** Opens the same route with one parameter changed: a view's state lives in its address. */
    public static void navigate(Location location, String name, String value) {
        UI.getCurrent().navigate(location.getPath(), with(location, name, value));
    }
}
