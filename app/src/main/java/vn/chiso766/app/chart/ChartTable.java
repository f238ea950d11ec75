package vn.chiso766.app.chart;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A chart's numbers as a plain HTML table with a caption and row and column headers, formatted as the chart formats
 * them: the alternative for screen readers, and for anyone who wants the exact figures.
 */
public class ChartTable extends Composite<NativeTable> {

    private @Nullable TableData data;

    public ChartTable() {}

    public ChartTable(TableData data) {
        show(data);
    }

    @Override
    protected NativeTable initContent() {
        NativeTable table = new NativeTable();
        table.addClassName("chart-table");
        return table;
    }

    public void show(TableData data) {
        this.data = data;
        render(data);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // The locale is the UI's, which is only certain once attached.
        if (data != null) {
            render(data);
        }
    }

    /** The texts of the body's data cells, row by row, as a reader hears them. */
    public List<List<String>> cellTexts() {
        return getContent().getBody().getRows().stream()
                .map(r ->
                        r.getDataCells().stream().map(NativeTableCell::getText).toList())
                .toList();
    }

    private void render(TableData data) {
        NativeTable table = getContent();
        // NativeTable keeps its caption, head and bodies as fields; removeAll() would leave them to come back.
        table.removeCaption();
        table.removeHead();
        List.copyOf(table.getBodies()).forEach(table::removeBody);
        createCaption(table, data);
        createHead(table, data);
        Locale locale = getLocale();
        data.rows().forEach(row -> createRow(table.getBody().addRow(), row, data.missingText(), locale));
    }

    private static void createCaption(NativeTable table, TableData data) {
        table.getCaption().setText(data.caption());
        if (data.note() != null) {
            Span note = new Span(data.note());
            note.addClassName("chart-table__note");
            table.getCaption().add(note);
        }
    }

    private static void createHead(NativeTable table, TableData data) {
        NativeTableRow head = table.getHead().addRow();
        header(head, data.cornerHeader(), "col");
        data.columns().forEach(c -> header(head, c, "col"));
    }

    private static void createRow(NativeTableRow tableRow, TableData.Row row, String missingText, Locale locale) {
        header(tableRow, row.header(), "row");
        row.cells().forEach(cell -> {
            NativeTableCell td = tableRow.addDataCell();
            td.setText(text(cell, missingText, locale));
            td.addClassName("chart-table__number");
        });
    }

    private static void header(NativeTableRow row, String text, String scope) {
        NativeTableHeaderCell th = row.addHeaderCell();
        th.setText(text);
        th.getElement().setAttribute("scope", scope);
    }

    static String text(ChartCell cell, String missingText, Locale locale) {
        if (cell.value() == null) {
            return missingText;
        }
        String number = ChartNumbers.format(cell.value(), locale);
        return cell.mark() == null ? number : number + " " + cell.mark();
    }
}
