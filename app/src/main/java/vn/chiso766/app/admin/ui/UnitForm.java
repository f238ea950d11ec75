package vn.chiso766.app.admin.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chiso766.app.admin.NewUnit;
import vn.chiso766.app.admin.UnitEdit;
import vn.chiso766.app.admin.UnitRow;
import vn.chiso766.app.admin.ui.UnitFormEvents.AddEvent;
import vn.chiso766.app.admin.ui.UnitFormEvents.CloseEvent;
import vn.chiso766.app.admin.ui.UnitFormEvents.EditEvent;
import vn.chiso766.domain.unit.UnitKind;

/** Adds a unit under a parent, or renames and re-dates one; code, kind and parent of an existing unit stay. */
class UnitForm extends Composite<FormLayout> {

    private final ComboBox<UnitRow> parent = new ComboBox<>();
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final Select<UnitKind> kind = new Select<>();
    private final DatePicker validFrom = new DatePicker();
    private final DatePicker validTo = new DatePicker();
    private final Paragraph error = new Paragraph();
    private boolean adding;

    @Override
    protected FormLayout initContent() {
        configureFields();
        Button save = new Button(getTranslation("admin.unit.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("unit-save");
        Button cancel = new Button(getTranslation("common.cancel"), e -> fireEvent(new CloseEvent(this)));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.setId("unit-cancel");
        error.setId("unit-form-error");
        error.addClassName("page-error");
        FormLayout form = new FormLayout(parent, code, name, kind, validFrom, validTo);
        form.add(new HorizontalLayout(save, cancel), 2);
        form.add(error, 2);
        form.setId("unit-form");
        return form;
    }

    private void configureFields() {
        parent.setLabel(getTranslation("admin.unit.field.parent"));
        parent.setHelperText(getTranslation("admin.unit.field.parentHelper"));
        parent.setItemLabelGenerator(u -> u.name() + " (" + u.code() + ")");
        parent.setClearButtonVisible(true);
        parent.setId("unit-parent");
        code.setLabel(getTranslation("admin.unit.field.code"));
        code.setId("unit-code");
        name.setLabel(getTranslation("admin.unit.field.name"));
        name.setId("unit-name");
        kind.setLabel(getTranslation("admin.unit.field.kind"));
        kind.setItems(UnitKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("unitKind." + k.name()));
        kind.setId("unit-kind");
        validFrom.setLabel(getTranslation("admin.unit.field.validFrom"));
        validFrom.setId("unit-valid-from");
        validTo.setLabel(getTranslation("admin.unit.field.validTo"));
        validTo.setId("unit-valid-to");
    }

    void add(List<UnitRow> units, @Nullable UnitRow under) {
        adding = true;
        parent.setItems(units);
        parent.setValue(under);
        code.clear();
        name.clear();
        kind.clear();
        validFrom.clear();
        validTo.clear();
        showMode();
    }

    void edit(UnitRow unit) {
        adding = false;
        code.setValue(unit.code());
        name.setValue(unit.name());
        kind.setValue(unit.kind());
        validFrom.setValue(unit.validFrom());
        validTo.setValue(unit.validTo());
        showMode();
    }

    private void showMode() {
        parent.setVisible(adding);
        code.setReadOnly(!adding);
        kind.setReadOnly(!adding);
        showError(null);
    }

    private void save() {
        if (adding) {
            String parentCode =
                    parent.getValue() == null ? null : parent.getValue().code();
            fireEvent(new AddEvent(
                    this,
                    new NewUnit(
                            parentCode,
                            code.getValue(),
                            name.getValue(),
                            kind.getValue(),
                            validFrom.getValue(),
                            validTo.getValue())));
        } else {
            fireEvent(new EditEvent(
                    this, new UnitEdit(code.getValue(), name.getValue(), validFrom.getValue(), validTo.getValue())));
        }
    }

    void showError(@Nullable String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
    }

    Registration addAddListener(ComponentEventListener<AddEvent> listener) {
        return addListener(AddEvent.class, listener);
    }

    Registration addEditListener(ComponentEventListener<EditEvent> listener) {
        return addListener(EditEvent.class, listener);
    }

    Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }
}
