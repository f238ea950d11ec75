package vn.chiso766.app.intake.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.binder.Binder;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.chiso766.app.i18n.ScoreFormat;
import vn.chiso766.app.intake.ReportForm;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.criteria.Criterion;
import vn.chiso766.domain.score.Band;

/**
 * The six group scores, each with its maximum beside the field, and the total and band as they are typed. A
 * score must be between 0 and the group's maximum, with at most two decimals (as on the portal).
 */
class ScoresSection extends Composite<Div> {

    private final CriteriaCatalogue catalogue;
    private final Function<BigDecimal, Band> band;
    private final Map<String, BigDecimalField> fields = new LinkedHashMap<>();
    private final Paragraph total = new Paragraph();

    ScoresSection(CriteriaCatalogue catalogue, Function<BigDecimal, Band> band) {
        this.catalogue = catalogue;
        this.band = band;
    }

    @Override
    protected Div initContent() {
        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        for (Criterion criterion : catalogue.criteria()) {
            BigDecimalField field = new BigDecimalField(criterion.name(getLocale()) + " (" + criterion.code() + ")");
            field.setId("group-" + criterion.code());
            Span max = new Span("/" + ScoreFormat.maximum(criterion.maxPoints(), getLocale()));
            field.setSuffixComponent(max);
            field.setHelperText(
                    getTranslation("entry.maximum", ScoreFormat.maximum(criterion.maxPoints(), getLocale())));
            field.addValueChangeListener(e -> showTotal());
            fields.put(criterion.code(), field);
            layout.add(field);
        }
        total.setId("entry-total");
        total.addClassName("entry-total");
        return new Div(new H3(getTranslation("entry.scores")), layout, total);
    }

    void bind(Binder<ReportForm> binder) {
        getContent();
        for (Criterion criterion : catalogue.criteria()) {
            String code = criterion.code();
            binder.forField(fields.get(code))
                    .asRequired(getTranslation("entry.required"))
                    .withValidator(
                            v -> v.signum() >= 0 && v.compareTo(criterion.maxPoints()) <= 0,
                            getTranslation("entry.scoreRange", ScoreFormat.maximum(criterion.maxPoints(), getLocale())))
                    .withValidator(v -> v.stripTrailingZeros().scale() <= 2, getTranslation("entry.twoDecimals"))
                    .bind(form -> form.getGroup(code), (form, value) -> form.setGroup(code, value));
        }
    }

    /** The sum of the groups typed so far and its band; "–" until all six are there. */
    void showTotal() {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimalField field : fields.values()) {
            @Nullable BigDecimal value = field.getValue();
            if (value == null || field.isInvalid()) {
                total.setText(getTranslation("entry.totalIncomplete"));
                return;
            }
            sum = sum.add(value);
        }
        total.setText(getTranslation(
                "entry.total",
                ScoreFormat.format(sum, getLocale()),
                getTranslation("band." + band.apply(sum).name())));
    }
}
