package vn.chiso766.app.audit.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import vn.chiso766.app.ui.LocalizedDatePicker;
import vn.chiso766.domain.unit.Unit;

/**
 * The audit view's filter fields. A change made by the user is reported as the parameters it asks for; the view
 * checks them and puts them in the URL. Values set from the URL are not reported back.
 */
class AuditFilters extends Composite<HorizontalLayout> {

    private final ComboBox<Unit> unit = new ComboBox<>();
    private final TextField user = new TextField();
    private final TextField period = new TextField();
    private final LocalizedDatePicker from = new LocalizedDatePicker();
    private final LocalizedDatePicker to = new LocalizedDatePicker();
    private @Nullable Consumer<AuditParameters> changeListener;

    @Override
    protected HorizontalLayout initContent() {
        configureFields();
        HorizontalLayout layout = new HorizontalLayout(unit, user, period, from, to);
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        layout.setWrap(true);
        return layout;
    }

    private void configureFields() {
        unit.setId("audit-unit");
        unit.setLabel(getTranslation("audit.filter.unit"));
        unit.setItemLabelGenerator(u -> u.name() + " (" + u.code() + ")");
        unit.setClearButtonVisible(true);
        unit.setWidth("24em");
        user.setId("audit-user");
        user.setLabel(getTranslation("audit.filter.user"));
        user.setClearButtonVisible(true);
        user.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        period.setId("audit-period");
        period.setLabel(getTranslation("audit.filter.period"));
        period.setHelperText(getTranslation("audit.filter.periodHelp"));
        period.setClearButtonVisible(true);
        period.setWidth("12em");
        from.setId("audit-from");
        from.setLabel(getTranslation("audit.filter.from"));
        to.setId("audit-to");
        to.setLabel(getTranslation("audit.filter.to"));
        unit.addValueChangeListener(e -> changed(e.isFromClient()));
        user.addValueChangeListener(e -> changed(e.isFromClient()));
        period.addValueChangeListener(e -> changed(e.isFromClient()));
        from.addValueChangeListener(e -> changed(e.isFromClient()));
        to.addValueChangeListener(e -> changed(e.isFromClient()));
    }

    void setUnits(List<Unit> units) {
        unit.setItems(units);
    }

    void onChange(Consumer<AuditParameters> listener) {
        this.changeListener = listener;
    }

    /** Shows the URL's filters; a unit the user may not see and a date that is not one are left empty. */
    void show(
            AuditParameters parameters,
            Map<String, Unit> units,
            @Nullable LocalDate fromDate,
            @Nullable LocalDate toDate) {
        unit.setValue(parameters.unit() == null ? null : units.get(parameters.unit()));
        user.setValue(parameters.user() == null ? "" : parameters.user());
        period.setValue(parameters.period() == null ? "" : parameters.period());
        period.setInvalid(false);
        from.setValue(fromDate);
        to.setValue(toDate);
    }

    void markPeriodInvalid(String message) {
        period.setErrorMessage(message);
        period.setInvalid(true);
    }

    private void changed(boolean fromClient) {
        if (fromClient && changeListener != null) {
            changeListener.accept(current());
        }
    }

    private AuditParameters current() {
        Unit chosen = unit.getValue();
        return new AuditParameters(
                chosen == null ? null : chosen.code(),
                user.getValue(),
                period.getValue(),
                from.getValue() == null ? null : from.getValue().toString(),
                to.getValue() == null ? null : to.getValue().toString());
    }
}
