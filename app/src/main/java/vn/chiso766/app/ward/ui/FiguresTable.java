package vn.chiso766.app.ward.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.chiso766.app.i18n.ScoreFormat;
import vn.chiso766.domain.score.OperationalFigures;
import vn.chiso766.domain.score.ScoreCard;

/** The report's one-row table of operational figures, with the score and the stated change. */
class FiguresTable extends Composite<Div> {

    private final ScoreCard card;
    private final Locale locale;

    FiguresTable(ScoreCard card, Locale locale) {
        this.card = card;
        this.locale = locale;
    }

    @Override
    protected Div initContent() {
        OperationalFigures f = card.figures();
        List<String[]> cells = new ArrayList<>();
        cells.add(cell("doc.figure.dossiers", integer(f.dossiers())));
        cells.add(cell("doc.figure.overduePortal", integer(f.overdueOnPortal())));
        cells.add(cell("doc.figure.overdueOneStop", integer(f.overdueOnOneStop())));
        cells.add(cell("doc.figure.onlineRate", decimal(f.onlineSubmissionRate())));
        cells.add(cell("doc.figure.satisfaction", decimal(f.satisfactionRate())));
        cells.add(cell("doc.figure.electronicResults", decimal(f.electronicResultRate())));
        cells.add(cell("doc.figure.synchronised", decimal(f.synchronisedRate())));
        cells.add(cell("doc.figure.certifiedCopies", integer(f.electronicCertifiedCopies())));
        cells.add(cell("doc.figure.onlinePayments", integer(f.onlinePayments())));
        cells.add(cell(
                "doc.figure.score",
                ScoreFormat.format(card.statedTotal() != null ? card.statedTotal() : card.total(), locale)));
        cells.add(cell(
                "doc.figure.change",
                card.statedChange() == null ? "–" : ScoreFormat.signed(card.statedChange(), locale)));
        Element table = new Element("table");
        table.setAttribute("class", "doc-figures");
        Element head = new Element("tr");
        Element body = new Element("tr");
        for (String[] c : cells) {
            head.appendChild(new Element("th").setText(c[0]));
            body.appendChild(new Element("td").setText(c[1]));
        }
        table.appendChild(new Element("thead").appendChild(head), new Element("tbody").appendChild(body));
        Div wrapper = new Div();
        wrapper.setId("doc-figures");
        wrapper.addClassName("doc-figures-wrapper");
        wrapper.getElement().appendChild(table);
        return wrapper;
    }

    private String[] cell(String key, String value) {
        return new String[] {getTranslation(key), value};
    }

    private static String integer(@Nullable Integer value) {
        return value == null ? "–" : Integer.toString(value);
    }

    private String decimal(@Nullable BigDecimal value) {
        return value == null ? "–" : ScoreFormat.format(value, locale).replaceAll("[,.]0$", "");
    }
}
