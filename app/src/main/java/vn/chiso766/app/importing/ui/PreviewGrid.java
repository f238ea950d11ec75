package vn.chiso766.app.importing.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import vn.chiso766.app.i18n.ScoreFormat;
import vn.chiso766.app.importing.ImportIssue;
import vn.chiso766.app.importing.ImportRow;
import vn.chiso766.app.importing.RowStatus;

/** The rows of an import preview: what each would do, the total it brings and the stored one, and its messages. */
class PreviewGrid extends Composite<Grid<ImportRow>> {

    private static final int SHOWN_WHOLE = 15;

    PreviewGrid() {
        Grid<ImportRow> grid = getContent();
        grid.setId("import-preview");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setVisible(false);
    }

    void show(List<ImportRow> rows) {
        Grid<ImportRow> grid = getContent();
        grid.removeAllColumns();
        Locale locale = getLocale();
        grid.addComponentColumn(this::status)
                .setHeader(getTranslation("import.column.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.location().in(locale))
                .setHeader(getTranslation("import.column.location"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.unitName() == null ? r.unitText() : r.unitName() + " (" + r.unitCode() + ")")
                .setHeader(getTranslation("import.column.unit"))
                .setFlexGrow(2);
        grid.addColumn(ImportRow::periodText)
                .setHeader(getTranslation("import.column.period"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.card() == null ? "" : ScoreFormat.format(r.card().total(), locale))
                .setHeader(getTranslation("import.column.total"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r ->
                        r.stored() == null ? "" : ScoreFormat.format(r.stored().total(), locale))
                .setHeader(getTranslation("import.column.stored"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::messages)
                .setHeader(getTranslation("import.column.messages"))
                .setFlexGrow(4);
        grid.setItems(rows);
        // A short file shows whole; a long one scrolls inside the page.
        boolean shortFile = rows.size() <= SHOWN_WHOLE;
        grid.setAllRowsVisible(shortFile);
        grid.setHeight(shortFile ? null : "32rem");
        grid.setVisible(true);
    }

    void hide() {
        getContent().setItems(List.of());
        getContent().setVisible(false);
    }

    private Span status(ImportRow row) {
        Span badge = new Span(getTranslation("import.status." + row.status().name()));
        badge.getElement().getThemeList().add(badgeTheme(row.status()));
        return badge;
    }

    private static String badgeTheme(RowStatus status) {
        return switch (status) {
            case NEW -> "badge success";
            case CHANGED -> "badge";
            case UNCHANGED -> "badge contrast";
            case ERROR -> "badge error";
        };
    }

    private Div messages(ImportRow row) {
        Div messages = new Div();
        Locale locale = getLocale();
        for (ImportIssue issue : row.issues()) {
            String field = issue.field() == null ? "" : issue.field() + ": ";
            Span line = new Span(
                    getTranslation("import.severity." + issue.severity().name()) + " — " + field
                            + issue.message().in(locale));
            line.addClassName(issue.isError() ? "import-error" : "import-warning");
            line.getStyle().set("display", "block");
            messages.add(line);
        }
        return messages;
    }
}
