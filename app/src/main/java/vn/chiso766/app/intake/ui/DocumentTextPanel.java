package vn.chiso766.app.intake.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Set;
import vn.chiso766.reporting.document.DocumentLine;

/**
 * The document's text as read, line by line with its number, so each extracted value can be checked against the
 * line it came from; lines with a problem are marked.
 */
class DocumentTextPanel extends Composite<Div> {

    @Override
    protected Div initContent() {
        Div text = new Div();
        text.setId("document-text");
        text.addClassName("document-text");
        return text;
    }

    void show(List<DocumentLine> lines, Set<Integer> problemLines) {
        Div text = getContent();
        text.removeAll();
        for (DocumentLine line : lines) {
            Span number = new Span(Integer.toString(line.number()));
            number.addClassName("line-number");
            Span content = new Span(line.text());
            content.addClassName("line-text");
            Div row = new Div(number, content);
            row.addClassName("document-line");
            row.setClassName("table-row", line.isTableRow());
            row.setClassName("line-problem", problemLines.contains(line.number()));
            row.setId("line-" + line.number());
            text.add(row);
        }
    }
}
