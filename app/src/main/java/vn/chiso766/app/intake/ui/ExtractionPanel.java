package vn.chiso766.app.intake.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.chiso766.app.i18n.ScoreFormat;
import vn.chiso766.app.intake.Figure;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.criteria.Criterion;
import vn.chiso766.domain.report.RemediationMeasure;
import vn.chiso766.domain.report.Signer;
import vn.chiso766.domain.score.OperationalFigures;
import vn.chiso766.reporting.document.Found;
import vn.chiso766.reporting.document.ReportExtraction;

/** What was extracted from the document, one row per value: what it is, the value, and the line it came from. */
class ExtractionPanel extends Composite<Grid<ExtractionPanel.Item>> {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** One extracted value as shown: its label, as text, and its line (0 when not found). */
    record Item(String label, String value, int line) {}

    @Override
    protected Grid<Item> initContent() {
        Grid<Item> grid = new Grid<>();
        grid.setId("extracted");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(Item::label).setHeader(getTranslation("import.field")).setFlexGrow(1);
        grid.addColumn(Item::value).setHeader(getTranslation("import.value")).setFlexGrow(3);
        grid.addColumn(i -> i.line() == 0 ? "–" : Integer.toString(i.line()))
                .setHeader(getTranslation("import.line"))
                .setKey("line")
                .setFlexGrow(0)
                .setAutoWidth(true);
        return grid;
    }

    void show(ReportExtraction e, CriteriaCatalogue catalogue) {
        Locale locale = getLocale();
        List<Item> items = new ArrayList<>();
        add(items, "import.unit", e.unitName(), v -> v);
        add(items, "import.period", e.period(), v -> v.code());
        add(items, "import.issuingBody", e.issuingBody(), v -> v);
        add(items, "import.number", e.number(), v -> v);
        add(items, "import.place", e.place(), v -> v);
        add(items, "import.issuedOn", e.issuedOn(), DATE::format);
        add(items, "import.title", e.title(), v -> v);
        figures(items, e.figures(), locale);
        add(items, "import.total", e.statedTotal(), v -> ScoreFormat.format(v, locale));
        add(items, "import.change", e.statedChange(), v -> ScoreFormat.signed(v, locale));
        for (Criterion c : catalogue.criteria()) {
            add(
                    items,
                    c.name(locale),
                    e.groups().get(c.code()),
                    v -> ScoreFormat.format(v, locale) + "/" + ScoreFormat.maximum(c.maxPoints(), locale),
                    false);
        }
        add(items, "import.namedLowest", e.namedLowestGroup(), code -> name(catalogue, code, locale));
        add(items, "import.namedHighest", e.namedHighestGroup(), code -> name(catalogue, code, locale));
        e.causes().forEach(c -> add(items, "import.cause", c, v -> v));
        e.measures().forEach(m -> add(items, "import.measure", m, v -> measure(v, catalogue, locale)));
        add(items, "import.publicationLink", e.publicationLink(), v -> v);
        e.recipients().forEach(r -> add(items, "import.recipient", r, v -> v));
        add(items, "import.signer", e.signer(), ExtractionPanel::signer);
        getContent().setItems(items);
    }

    private void figures(List<Item> items, @Nullable Found<OperationalFigures> found, Locale locale) {
        if (found == null) {
            items.add(new Item(getTranslation("import.figures"), "–", 0));
            return;
        }
        OperationalFigures f = found.value();
        Object[] values = {
            f.dossiers(),
            f.overdueOnPortal(),
            f.overdueOnOneStop(),
            f.onlineSubmissionRate(),
            f.satisfactionRate(),
            f.electronicResultRate(),
            f.synchronisedRate(),
            f.electronicCertifiedCopies(),
            f.onlinePayments()
        };
        Figure[] figures = Figure.values();
        for (int i = 0; i < figures.length; i++) {
            Object value = values[i];
            String text = value == null
                    ? "–"
                    : value instanceof BigDecimal d ? ScoreFormat.maximum(d, locale) : value.toString();
            items.add(new Item(getTranslation(figures[i].labelKey()), text, found.line()));
        }
    }

    private String measure(RemediationMeasure m, CriteriaCatalogue catalogue, Locale locale) {
        return m.targetCriterion() == null
                ? m.text()
                : m.text() + " — "
                        + getTranslation("import.suggestedTarget", name(catalogue, m.targetCriterion(), locale));
    }

    private static String signer(Signer s) {
        return (s.authority().isBlank() ? "" : s.authority() + " / ") + s.position() + " / " + s.name();
    }

    private static String name(CriteriaCatalogue catalogue, String code, Locale locale) {
        return catalogue.find(code).map(c -> c.name(locale)).orElse(code);
    }

    private <T> void add(
            List<Item> items, String key, @Nullable Found<T> found, java.util.function.Function<T, String> text) {
        add(items, key, found, text, true);
    }

    private <T> void add(
            List<Item> items,
            String label,
            @Nullable Found<T> found,
            java.util.function.Function<T, String> text,
            boolean translate) {
        String shown = translate ? getTranslation(label) : label;
        items.add(found == null ? new Item(shown, "–", 0) : new Item(shown, text.apply(found.value()), found.line()));
    }

    List<Item> items() {
        return getContent().getListDataView().getItems().toList();
    }
}
