package vn.chiso766.app.audit.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The audit view's filters as they stand in the URL ({@code unit}, {@code user}, {@code period}, {@code from},
 * {@code to}; dates as 2024-03-04), so that a copied link opens the same view. Raw text: checked by the view.
 */
record AuditParameters(
        @Nullable String unit,
        @Nullable String user,
        @Nullable String period,
        @Nullable String from,
        @Nullable String to) {

    static final String UNIT = "unit";
    static final String USER = "user";
    static final String PERIOD = "period";
    static final String FROM = "from";
    static final String TO = "to";

    AuditParameters {
        unit = blankToNull(unit);
        user = blankToNull(user);
        period = blankToNull(period);
        from = blankToNull(from);
        to = blankToNull(to);
    }

    static AuditParameters of(QueryParameters query) {
        Map<String, List<String>> params = query.getParameters();
        return new AuditParameters(
                first(params, UNIT),
                first(params, USER),
                first(params, PERIOD),
                first(params, FROM),
                first(params, TO));
    }

    QueryParameters toQueryParameters() {
        Map<String, String> params = new LinkedHashMap<>();
        put(params, UNIT, unit);
        put(params, USER, user);
        put(params, PERIOD, period);
        put(params, FROM, from);
        put(params, TO, to);
        return QueryParameters.simple(params);
    }

    private static void put(Map<String, String> params, String name, @Nullable String value) {
        if (value != null) {
            params.put(name, value);
        }
    }

    private static @Nullable String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null
                ? null
                : values.stream().filter(v -> !v.isBlank()).findFirst().orElse(null);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
