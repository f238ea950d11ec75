package vn.chiso766.app.admin.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.chiso766.app.admin.UnitMerge;
import vn.chiso766.app.admin.UnitRow;
import vn.chiso766.app.admin.ui.UnitFormEvents.CloseEvent;
import vn.chiso766.app.admin.ui.UnitFormEvents.MergeEvent;
import vn.chiso766.domain.unit.UnitKind;

/** Merges the chosen units into a new one from a date, as communes were merged on 1 July 2025. */
class MergeForm extends Composite<FormLayout> {

    private final Paragraph merged = new Paragraph();
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final Select<UnitKind> kind = new Select<>();
    private final DatePicker date = new DatePicker();
    private final Paragraph error = new Paragraph();
    private List<UnitRow> units = List.of();

    @Override
    protected FormLayout initContent() {
        configureFields();
        Button submit = new Button(getTranslation("admin.unit.merge.submit"), e -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("merge-submit");
        Button cancel = new Button(getTranslation("common.cancel"), e -> fireEvent(new CloseEvent(this)));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.setId("merge-cancel");
        error.setId("merge-form-error");
        error.addClassName("page-error");
        FormLayout form = new FormLayout();
        form.add(merged, 2);
        form.add(code, name, kind, date);
        form.add(new HorizontalLayout(submit, cancel), 2);
        form.add(error, 2);
        form.setId("merge-form");
        return form;
    }

    private void configureFields() {
        merged.setId("merge-units");
        code.setLabel(getTranslation("admin.unit.merge.newCode"));
        code.setId("merge-code");
        name.setLabel(getTranslation("admin.unit.merge.newName"));
        name.setId("merge-name");
        kind.setLabel(getTranslation("admin.unit.field.kind"));
        kind.setItems(UnitKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("unitKind." + k.name()));
        kind.setId("merge-kind");
        date.setLabel(getTranslation("admin.unit.merge.date"));
        date.setHelperText(getTranslation("admin.unit.merge.dateHelper"));
        date.setId("merge-date");
    }

    void open(List<UnitRow> chosen) {
        units = List.copyOf(chosen);
        merged.setText(getTranslation("admin.unit.merge.heading", units.size()) + ": "
                + units.stream().map(UnitRow::name).collect(Collectors.joining(", ")));
        code.clear();
        name.clear();
        kind.setValue(units.isEmpty() ? null : units.getFirst().kind());
        date.clear();
        showError(null);
    }

    private void submit() {
        List<String> codes = units.stream().map(UnitRow::code).toList();
        fireEvent(new MergeEvent(
                this, new UnitMerge(codes, code.getValue(), name.getValue(), kind.getValue(), date.getValue())));
    }

    void showError(@Nullable String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
    }

    Registration addMergeListener(ComponentEventListener<MergeEvent> listener) {
        return addListener(MergeEvent.class, listener);
    }

    Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }
}
