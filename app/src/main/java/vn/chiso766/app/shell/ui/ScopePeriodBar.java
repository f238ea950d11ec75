package vn.chiso766.app.shell.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Location;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import vn.chiso766.app.i18n.PeriodLabel;
import vn.chiso766.app.ranking.RankingService;
import vn.chiso766.app.ranking.ui.ScopeParameters;
import vn.chiso766.domain.period.InvalidPeriodException;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.unit.Unit;

/**
 * The scope and period of the page, read from the URL's {@code scope} and {@code period} parameters and written
 * back to it; shown only on pages that have them.
 */
class ScopePeriodBar extends Composite<HorizontalLayout> {

    static final String SCOPE = ScopeParameters.SCOPE;
    static final String PERIOD = ScopeParameters.PERIOD;

    private final RankingService rankings;
    private final ComboBox<Unit> scopePicker = new ComboBox<>();
    private final Select<Period> periodPicker = new Select<>();
    private @Nullable Location location;

    ScopePeriodBar(RankingService rankings) {
        this.rankings = rankings;
    }

    @Override
    protected HorizontalLayout initContent() {
        scopePicker.setId("scope-picker");
        scopePicker.setAriaLabel(getTranslation("shell.scope"));
        scopePicker.setPlaceholder(getTranslation("shell.scope"));
        scopePicker.setItemLabelGenerator(Unit::name);
        scopePicker.setWidth("18em");
        scopePicker.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                navigate(SCOPE, e.getValue().code());
            }
        });
        periodPicker.setId("period-select");
        periodPicker.setAriaLabel(getTranslation("shell.period"));
        periodPicker.setItemLabelGenerator(p -> PeriodLabel.of(p, this::getTranslation));
        periodPicker.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                navigate(PERIOD, e.getValue().code());
            }
        });
        return new HorizontalLayout(scopePicker, periodPicker);
    }

    void show(Location location) {
        this.location = location;
        ScopeParameters params =
                new ScopeParameters(location.getQueryParameters().getParameters());
        Optional<String> scope = params.first(SCOPE);
        setVisible(scope.isPresent());
        if (scope.isEmpty()) {
            return;
        }
        try {
            List<Unit> scopes = rankings.rankableScopes();
            scopePicker.setItems(scopes);
            scopePicker.setValue(scopes.stream()
                    .filter(u -> u.code().equals(scope.get()))
                    .findFirst()
                    .orElse(null));
            List<Period> periods = rankings.periods(scope.get());
            periodPicker.setItems(periods);
            periodPicker.setValue(params.first(PERIOD)
                    .map(ScopePeriodBar::parse)
                    .filter(periods::contains)
                    .orElse(null));
        } catch (AccessDeniedException e) {
            // The view itself explains the refusal; the pickers simply offer nothing of that scope.
            periodPicker.setItems(List.of());
        }
    }

    private static @Nullable Period parse(String text) {
        try {
            return Period.parse(text);
        } catch (InvalidPeriodException e) {
            return null;
        }
    }

    private void navigate(String name, String value) {
        if (location != null) {
            ScopeParameters.navigate(location, name, value);
        }
    }
}
