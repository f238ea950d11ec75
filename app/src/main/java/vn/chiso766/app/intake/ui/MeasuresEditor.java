package vn.chiso766.app.intake.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.List;
import vn.chiso766.app.intake.MeasureForm;
import vn.chiso766.app.ui.LocalizedDatePicker;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.report.MeasureStatus;

/**
 * The remediation measures as an editable list: the measure's text, the criterion it aims to raise, who is
 * responsible, the due date and the status, each row validated by its own binder.
 */
class MeasuresEditor extends Composite<Div> {

    private static final int MAX_TEXT = 4000;
    private static final int MAX_RESPONSIBLE = 255;
    private static final String NO_TARGET = "";

    private final CriteriaCatalogue catalogue;
    private final VerticalLayout rows = new VerticalLayout();
    private final List<Row> entries = new ArrayList<>();
    private final List<Button> buttons = new ArrayList<>();

    MeasuresEditor(CriteriaCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** One measure's fields and the binder that checks them. */
    record Row(Binder<MeasureForm> binder, MeasureForm measure, FormLayout layout, TextArea text) {}

    @Override
    protected Div initContent() {
        rows.setPadding(false);
        Button add =
                new Button(getTranslation("entry.addMeasure"), VaadinIcon.PLUS.create(), e -> add(new MeasureForm()));
        add.setId("measures-add");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        buttons.add(add);
        Div root = new Div(new H3(getTranslation("entry.measures")), rows, add);
        root.setId("measures");
        return root;
    }

    void setValues(List<MeasureForm> measures) {
        getContent();
        rows.removeAll();
        entries.clear();
        measures.forEach(this::add);
    }

    /** Writes every row into its measure; false (with the messages beside the fields) when one is invalid. */
    boolean writeIfValid() {
        boolean valid = true;
        for (Row row : entries) {
            valid &= row.binder().writeBeanIfValid(row.measure());
        }
        return valid;
    }

    List<MeasureForm> values() {
        return entries.stream().map(Row::measure).toList();
    }

    /** A submitted or approved report is read, not edited. */
    void setReadOnly(boolean readOnly) {
        getContent();
        entries.forEach(row -> row.binder().setReadOnly(readOnly));
        buttons.forEach(b -> b.setVisible(!readOnly));
    }

    private void add(MeasureForm measure) {
        Binder<MeasureForm> binder = new Binder<>();
        TextArea text = new TextArea(getTranslation("entry.measure.text"));
        binder.forField(text)
                .asRequired(getTranslation("entry.required"))
                .withValidator(t -> t.strip().length() <= MAX_TEXT, getTranslation("entry.tooLong", MAX_TEXT))
                .bind(MeasureForm::getText, MeasureForm::setText);
        Select<String> target = new Select<>();
        target.setLabel(getTranslation("entry.measure.target"));
        List<String> codes = new ArrayList<>();
        codes.add(NO_TARGET);
        codes.addAll(catalogue.codes());
        target.setItems(codes);
        target.setItemLabelGenerator(code -> NO_TARGET.equals(code)
                ? "–"
                : code + " — " + catalogue.get(code).name(getLocale()));
        binder.forField(target)
                .bind(
                        m -> m.getTargetCriterion() == null ? NO_TARGET : m.getTargetCriterion(),
                        (m, code) -> m.setTargetCriterion(code == null || code.isEmpty() ? null : code));
        TextField responsible = new TextField(getTranslation("entry.measure.responsible"));
        binder.forField(responsible)
                .withValidator(
                        r -> r.strip().length() <= MAX_RESPONSIBLE, getTranslation("entry.tooLong", MAX_RESPONSIBLE))
                .bind(m -> m.getResponsible() == null ? "" : m.getResponsible(), MeasureForm::setResponsible);
        LocalizedDatePicker due = new LocalizedDatePicker();
        due.setLabel(getTranslation("entry.measure.due"));
        binder.forField(due).bind(MeasureForm::getDueDate, MeasureForm::setDueDate);
        Select<MeasureStatus> status = new Select<>();
        status.setLabel(getTranslation("entry.measure.status"));
        status.setItems(MeasureStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("measure." + s.name()));
        binder.forField(status)
                .asRequired(getTranslation("entry.required"))
                .bind(MeasureForm::getStatus, MeasureForm::setStatus);
        binder.readBean(measure);
        FormLayout layout = new FormLayout(text, target, responsible, due, status);
        layout.setColspan(text, 2);
        layout.addClassName("measure-row");
        Row row = new Row(binder, measure, layout, text);
        Button remove = new Button(getTranslation("entry.remove"), VaadinIcon.TRASH.create(), e -> {
            entries.remove(row);
            rows.remove(layout);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        buttons.add(remove);
        layout.add(remove);
        entries.add(row);
        rows.add(layout);
    }
}
