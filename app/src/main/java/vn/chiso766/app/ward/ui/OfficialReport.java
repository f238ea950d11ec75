package vn.chiso766.app.ward.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.chiso766.app.i18n.ScoreFormat;
import vn.chiso766.domain.criteria.Criterion;
import vn.chiso766.domain.report.MonthlyReport;
import vn.chiso766.domain.score.ScoreCard;
import vn.chiso766.domain.unit.Unit;

/**
 * The ward's monthly report laid out as the official document (Decree 30/2020/NĐ-CP): issuing body and number,
 * national motto, place and date, title, the operational figures, the group lines, causes, measures, where it is
 * published, recipients and signature. The report's own words are shown as written, and the document's fixed
 * wording (national motto, "Số", "ngày … tháng … năm", "BÁO CÁO") stays Vietnamese in either UI language because
 * it is the official text; only the reader's labels around it are translated.
 */
class OfficialReport extends Composite<Div> {

    @Override
    protected Div initContent() {
        Div document = new Div();
        document.addClassName("official-report");
        document.setId("official-report");
        return document;
    }

    void show(Unit unit, MonthlyReport report, @Nullable ScoreCard card, java.util.List<Criterion> criteria) {
        Locale locale = getLocale();
        Div document = getContent();
        document.removeAll();
        document.add(header(report), title(report));
        if (card != null) {
            document.add(new FiguresTable(card, locale), groupLines(card, criteria, report, locale));
        }
        document.add(section("doc.causes", report.causes()));
        document.add(section(
                "doc.measures", report.measures().stream().map(m -> m.text()).toList()));
        if (report.publicationLink() != null) {
            Paragraph published = new Paragraph(getTranslation("doc.published") + " ");
            published.add(new Anchor(report.publicationLink(), report.publicationLink()));
            document.add(published);
        }
        document.add(footer(report));
    }

    private Div header(MonthlyReport report) {
        Div left = new Div(block(report.issuingBody(), "doc-issuer"), block("Số: " + report.number(), "doc-number"));
        Div right = new Div(
                block("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "doc-motto"),
                block("Độc lập - Tự do - Hạnh phúc", "doc-motto-sub"),
                block(
                        "%s, ngày %02d tháng %d năm %d"
                                .formatted(
                                        report.place(),
                                        report.issuedOn().getDayOfMonth(),
                                        report.issuedOn().getMonthValue(),
                                        report.issuedOn().getYear()),
                        "doc-date"));
        left.addClassName("doc-left");
        right.addClassName("doc-right");
        Div header = new Div(left, right);
        header.addClassName("doc-header");
        return header;
    }

    private Div title(MonthlyReport report) {
        Div title = new Div(block("BÁO CÁO", "doc-kind"), block(report.title(), "doc-title"));
        title.addClassName("doc-title-block");
        return title;
    }

    private Div groupLines(ScoreCard card, java.util.List<Criterion> criteria, MonthlyReport report, Locale locale) {
        Div lines = new Div();
        lines.setId("doc-group-lines");
        String total = ScoreFormat.format(card.total(), locale);
        lines.add(new Paragraph(getTranslation("doc.total", total)));
        UnorderedList list = new UnorderedList();
        for (Criterion criterion : criteria) {
            card.groups()
                    .get(criterion.code())
                    .ifPresent(points -> list.add(
                            new ListItem(criterion.name(locale) + ": " + ScoreFormat.format(points, locale) + "/"
                                    + ScoreFormat.maximum(criterion.maxPoints(), locale) + " "
                                    + getTranslation("doc.points"))));
        }
        lines.add(list);
        if (report.namedLowestGroup() != null || report.namedHighestGroup() != null) {
            lines.add(new Paragraph(getTranslation(
                    "doc.namedGroups",
                    name(criteria, report.namedLowestGroup(), locale),
                    name(criteria, report.namedHighestGroup(), locale))));
        }
        return lines;
    }

    private static String name(java.util.List<Criterion> criteria, @Nullable String code, Locale locale) {
        return criteria.stream()
                .filter(c -> c.code().equals(code))
                .map(c -> c.name(locale))
                .findFirst()
                .orElse("–");
    }

    private Div section(String headingKey, java.util.List<String> bullets) {
        UnorderedList list = new UnorderedList();
        bullets.forEach(b -> list.add(new ListItem(b)));
        Div section = new Div(new H3(getTranslation(headingKey)), list);
        section.addClassName("doc-section");
        return section;
    }

    private Div footer(MonthlyReport report) {
        UnorderedList recipients = new UnorderedList();
        report.recipients().forEach(r -> recipients.add(new ListItem(r)));
        Div left = new Div(block(getTranslation("doc.recipients"), "doc-recipients-title"), recipients);
        left.addClassName("doc-recipients");
        Div right = new Div();
        right.addClassName("doc-signer");
        if (!report.signer().authority().isBlank()) {
            right.add(block(report.signer().authority(), "doc-signer-authority"));
        }
        right.add(
                block(report.signer().position(), "doc-signer-position"),
                block(report.signer().name(), "doc-signer-name"));
        Div footer = new Div(left, right);
        footer.addClassName("doc-footer");
        return footer;
    }

    private static Span block(String text, String cssClass) {
        Span span = new Span(text);
        span.addClassName(cssClass);
        return span;
    }
}
