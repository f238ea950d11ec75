package vn.chiso766.app.audit.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.chiso766.app.audit.AuditFilter;
import vn.chiso766.app.audit.AuditQueryService;
import vn.chiso766.app.ui.LanguageSwitch;
import vn.chiso766.app.ui.SignedInUser;
import vn.chiso766.domain.period.InvalidPeriodException;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.unit.Unit;

/**
 * Who changed what, when and from where. The filters live in the URL so that a copied link opens the same view;
 * which events a user may read is decided in {@link AuditQueryService}.
 */
@Route("audit")
@RolesAllowed({"ADMIN", "LEADER"})
public class AuditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AuditQueryService service;
    private final AuditFilters filters = new AuditFilters();
    private final Paragraph error = new Paragraph();
    private final AuditGrid grid = new AuditGrid();
    private final AuditDetails details = new AuditDetails();
    private @Nullable Map<String, Unit> units;

    public AuditView(AuditQueryService service, AuthenticationContext authentication) {
        this.service = service;
        setWidthFull();
        error.addClassName("page-error");
        error.setId("audit-error");
        add(createHeader(authentication), filters, error, grid, details);
        filters.onChange(this::applyAndNavigate);
        grid.onSelect(details::show);
    }

    private HorizontalLayout createHeader(AuthenticationContext authentication) {
        H2 heading = new H2(getTranslation("audit.heading"));
        heading.setId("audit-heading");
        HorizontalLayout header = new HorizontalLayout(heading, new LanguageSwitch(), new SignedInUser(authentication));
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.expand(heading);
        return header;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AuditParameters parameters = AuditParameters.of(event.getLocation().getQueryParameters());
        filters.show(parameters, units(), date(parameters.from()), date(parameters.to()));
        toFilter(parameters).ifPresent(this::list);
    }

    private void applyAndNavigate(AuditParameters parameters) {
        if (toFilter(parameters).isPresent()) {
            UI.getCurrent().navigate(AuditView.class, parameters.toQueryParameters());
        }
    }

    private void list(AuditFilter filter) {
        grid.show(service, filter);
        grid.setVisible(true);
    }

    /** The filter the parameters ask for, or empty with the reason shown and nothing listed. */
    private Optional<AuditFilter> toFilter(AuditParameters parameters) {
        error.setVisible(false);
        details.show(Optional.empty());
        try {
            Period period = parameters.period() == null ? null : Period.parse(parameters.period());
            LocalDate from = parameters.from() == null ? null : LocalDate.parse(parameters.from());
            LocalDate to = parameters.to() == null ? null : LocalDate.parse(parameters.to());
            if (parameters.unit() != null && !units().containsKey(parameters.unit())) {
                return refuse(getTranslation("audit.unitNotVisible", parameters.unit()));
            }
            return Optional.of(new AuditFilter(parameters.unit(), parameters.user(), period, from, to));
        } catch (InvalidPeriodException e) {
            String message = getTranslation("audit.invalidPeriod", e.text());
            filters.markPeriodInvalid(message);
            return refuse(message);
        } catch (DateTimeParseException e) {
            return refuse(getTranslation("audit.invalidDate", e.getParsedString()));
        }
    }

    private Optional<AuditFilter> refuse(String message) {
        error.setText(message);
        error.setVisible(true);
        grid.setVisible(false);
        return Optional.empty();
    }

    private Map<String, Unit> units() {
        Map<String, Unit> visible = units;
        if (visible == null) {
            visible = new LinkedHashMap<>();
            for (Unit unit : service.visibleUnits()) {
                visible.put(unit.code(), unit);
            }
            units = visible;
            filters.setUnits(visible.values().stream().toList());
            grid.setUnits(visible);
        }
        return visible;
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.pageTitle") + " — " + getTranslation("app.title");
    }

    AuditGrid grid() {
        return grid;
    }
}
