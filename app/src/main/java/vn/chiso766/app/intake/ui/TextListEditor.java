package vn.chiso766.app.intake.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;

/**
 * An editable list of short texts (the causes, the recipients): a field per item, removable, and a button that
 * adds one. Blank items are dropped when the list is read; an item longer than the column allows is marked.
 */
class TextListEditor extends Composite<Div> {

    private final String id;
    private final String headingKey;
    private final String addKey;
    private final int maxLength;
    private final VerticalLayout items = new VerticalLayout();
    private final List<TextArea> fields = new ArrayList<>();
    private final List<Button> buttons = new ArrayList<>();

    TextListEditor(String id, String headingKey, String addKey, int maxLength) {
        this.id = id;
        this.headingKey = headingKey;
        this.addKey = addKey;
        this.maxLength = maxLength;
    }

    @Override
    protected Div initContent() {
        items.setPadding(false);
        items.setSpacing(false);
        Button add = new Button(getTranslation(addKey), VaadinIcon.PLUS.create(), e -> addItem(""));
        add.setId(id + "-add");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        buttons.add(add);
        Div root = new Div(new H3(getTranslation(headingKey)), items, add);
        root.setId(id);
        return root;
    }

    void setValues(List<String> values) {
        getContent();
        items.removeAll();
        fields.clear();
        values.forEach(this::addItem);
    }

    List<String> values() {
        return fields.stream()
                .map(TextArea::getValue)
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .toList();
    }

    /** Marks items that are too long; true when every item fits. */
    boolean validate() {
        boolean valid = true;
        for (TextArea field : fields) {
            boolean fits = field.getValue().strip().length() <= maxLength;
            field.setInvalid(!fits);
            field.setErrorMessage(fits ? null : getTranslation("entry.tooLong", maxLength));
            valid &= fits;
        }
        return valid;
    }

    /** A submitted or approved report is read, not edited: no field changes and nothing is added or removed. */
    void setReadOnly(boolean readOnly) {
        fields.forEach(f -> f.setReadOnly(readOnly));
        buttons.forEach(b -> b.setVisible(!readOnly));
    }

    private void addItem(String value) {
        TextArea field = new TextArea();
        field.setValue(value);
        field.setWidthFull();
        field.setAriaLabel(getTranslation(headingKey) + " " + (fields.size() + 1));
        Button remove = new Button(VaadinIcon.TRASH.create());
        remove.setAriaLabel(getTranslation("entry.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        HorizontalLayout row = new HorizontalLayout(field, remove);
        row.setWidthFull();
        row.expand(field);
        remove.addClickListener(e -> {
            fields.remove(field);
            buttons.remove(remove);
            items.remove(row);
        });
        buttons.add(remove);
        fields.add(field);
        items.add(row);
    }
}
