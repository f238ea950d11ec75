package vn.chiso766.app.audit.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.chiso766.app.audit.AuditEvent;
import vn.chiso766.app.audit.AuditJson;

/** The chosen event in full: the fields it changed, the states before and after, the whole hash, the address. */
class AuditDetails extends Composite<VerticalLayout> {

    private final H3 heading = new H3();
    private final Paragraph changed = new Paragraph();
    private final Paragraph origin = new Paragraph();
    private final Pre before = new Pre();
    private final Pre after = new Pre();

    @Override
    protected VerticalLayout initContent() {
        heading.setText(getTranslation("audit.details.heading"));
        changed.setId("audit-changed");
        origin.setId("audit-origin");
        before.setId("audit-before");
        after.setId("audit-after");
        HorizontalLayout states = new HorizontalLayout(
                state(getTranslation("audit.details.before"), before),
                state(getTranslation("audit.details.after"), after));
        states.setWidthFull();
        VerticalLayout layout = new VerticalLayout(heading, changed, origin, states);
        layout.setPadding(false);
        layout.setId("audit-details");
        layout.setVisible(false);
        return layout;
    }

    private static Div state(String title, Pre json) {
        json.addClassName("audit-json");
        Div column = new Div(new H4(title), json);
        column.setWidth("50%");
        return column;
    }

    void show(Optional<AuditEvent> chosen) {
        getContent().setVisible(chosen.isPresent());
        chosen.ifPresent(this::show);
    }

    private void show(AuditEvent event) {
        // Listing every field of a creation or a deletion would say nothing: only an update has changed fields.
        List<String> fields = event.before() == null || event.after() == null
                ? List.of()
                : AuditJson.changedFields(event.before(), event.after());
        changed.setText(getTranslation("audit.details.changed", String.join(", ", fields)));
        changed.setVisible(!fields.isEmpty());
        origin.setText(origin(event));
        before.setText(orNone(AuditJson.pretty(event.before())));
        after.setText(orNone(AuditJson.pretty(event.after())));
    }

    private String origin(AuditEvent event) {
        List<String> parts = new ArrayList<>();
        parts.add(getTranslation("audit.details.source", SourceLabel.of(event, this::getTranslation)));
        if (event.sourceSha256() != null) {
            parts.add(getTranslation("audit.details.sha256", event.sourceSha256()));
        }
        if (event.remoteAddress() != null) {
            parts.add(getTranslation("audit.details.address", event.remoteAddress()));
        }
        return String.join(" · ", parts);
    }

    private String orNone(String json) {
        return json.isEmpty() ? getTranslation("audit.details.none") : json;
    }
}
