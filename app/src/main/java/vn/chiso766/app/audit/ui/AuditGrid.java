package vn.chiso766.app.audit.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.data.domain.PageRequest;
import vn.chiso766.app.audit.AuditEvent;
import vn.chiso766.app.audit.AuditFilter;
import vn.chiso766.app.audit.AuditQueryService;
import vn.chiso766.app.i18n.PeriodLabel;
import vn.chiso766.app.i18n.VietnamTime;
import vn.chiso766.domain.period.InvalidPeriodException;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.unit.Unit;

/** Audit events, newest first, fetched page by page as the user scrolls. */
class AuditGrid extends Composite<Grid<AuditEvent>> {

    private static final Set<String> KNOWN_ACTIONS = Set.of("CREATE", "UPDATE", "DELETE", "APPROVE", "RETURN");
    private static final Set<String> KNOWN_ENTITIES = Set.of("unit", "scoreCard", "report", "user");

    private final Grid<AuditEvent> grid = new Grid<>();
    private Map<String, Unit> units = Map.of();

    @Override
    protected Grid<AuditEvent> initContent() {
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSelectionMode(Grid.SelectionMode.SINGLE);
        grid.setHeight("28em");
        configureColumns();
        return grid;
    }

    private void configureColumns() {
        DateTimeFormatter time = DateTimeFormatter.ofPattern(getTranslation("audit.timeFormat"), getLocale())
                .withZone(VietnamTime.ZONE);
        grid.addColumn(e -> time.format(e.occurredAt()))
                .setHeader(getTranslation("audit.column.time"))
                .setKey("time")
                .setFlexGrow(0)
                .setWidth("13em");
        grid.addColumn(AuditEvent::actor)
                .setHeader(getTranslation("audit.column.user"))
                .setKey("user")
                .setFlexGrow(0)
                .setWidth("9em");
        grid.addColumn(this::action)
                .setHeader(getTranslation("audit.column.action"))
                .setKey("action")
                .setFlexGrow(0)
                .setWidth("7em");
        grid.addColumn(this::entity)
                .setHeader(getTranslation("audit.column.entity"))
                .setKey("entity")
                .setTooltipGenerator(this::entity)
                .setFlexGrow(2)
                .setWidth("16em");
        grid.addColumn(this::unit)
                .setHeader(getTranslation("audit.column.unit"))
                .setKey("unit")
                .setFlexGrow(1);
        grid.addColumn(this::period)
                .setHeader(getTranslation("audit.column.period"))
                .setKey("period")
                .setFlexGrow(0)
                .setWidth("8em");
        grid.addColumn(e -> SourceLabel.withShortHash(e, this::getTranslation))
                .setHeader(getTranslation("audit.column.source"))
                .setKey("source")
                .setTooltipGenerator(e -> SourceLabel.withShortHash(e, this::getTranslation))
                .setFlexGrow(1);
    }

    void setUnits(Map<String, Unit> units) {
        this.units = units;
    }

    void show(AuditQueryService service, AuditFilter filter) {
        grid.setItems(
                query -> service.list(filter, PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, service.count(filter)));
    }

    void onSelect(Consumer<Optional<AuditEvent>> listener) {
        grid.asSingleSelect().addValueChangeListener(e -> listener.accept(Optional.ofNullable(e.getValue())));
    }

    private String action(AuditEvent event) {
        return KNOWN_ACTIONS.contains(event.action())
                ? getTranslation("audit.action." + event.action())
                : event.action();
    }

    private String entity(AuditEvent event) {
        String type = KNOWN_ENTITIES.contains(event.entityType())
                ? getTranslation("audit.entity." + event.entityType())
                : event.entityType();
        return type + " " + event.entityKey();
    }

    private String unit(AuditEvent event) {
        String code = event.unitCode();
        if (code == null) {
            return "";
        }
        Unit known = units.get(code);
        return known == null ? code : known.name();
    }

    private String period(AuditEvent event) {
        String code = event.period();
        if (code == null) {
            return "";
        }
        try {
            return PeriodLabel.of(Period.parse(code), this::getTranslation);
        } catch (InvalidPeriodException e) {
            return code;
        }
    }
}
