package vn.chiso766.app.intake.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import java.math.BigDecimal;
import vn.chiso766.app.intake.Figure;
import vn.chiso766.app.intake.ReportForm;

/** The report's one-row table of operational figures: counts (0 or more) and rates (0 to 100 %), all optional. */
class FiguresSection extends Composite<Div> {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final FormLayout layout = new FormLayout();

    @Override
    protected Div initContent() {
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        return new Div(new H3(getTranslation("entry.figures")), layout);
    }

    void bind(Binder<ReportForm> binder) {
        getContent();
        for (Figure figure : Figure.values()) {
            String label = getTranslation(figure.labelKey());
            String id = "figure-" + figure.name();
            if (figure.isCount()) {
                IntegerField field = new IntegerField(label);
                field.setId(id);
                field.setMin(0);
                layout.add(field);
                binder.forField(field)
                        .withValidator(v -> v == null || v >= 0, getTranslation("entry.notNegative"))
                        .bind(
                                form -> {
                                    BigDecimal value = form.getFigure(figure);
                                    return value == null ? null : value.intValueExact();
                                },
                                (form, value) ->
                                        form.setFigure(figure, value == null ? null : BigDecimal.valueOf(value)));
            } else {
                BigDecimalField field = new BigDecimalField(label);
                field.setId(id);
                layout.add(field);
                binder.forField(field)
                        .withValidator(
                                v -> v == null || (v.signum() >= 0 && v.compareTo(HUNDRED) <= 0),
                                getTranslation("entry.rateRange"))
                        .withValidator(
                                v -> v == null || v.stripTrailingZeros().scale() <= 2,
                                getTranslation("entry.twoDecimals"))
                        .bind(form -> form.getFigure(figure), (form, value) -> form.setFigure(figure, value));
            }
        }
    }
}
