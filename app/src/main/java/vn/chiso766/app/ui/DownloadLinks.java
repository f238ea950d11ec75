package vn.chiso766.app.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Download links to the export URLs under /exports (served with the UI's session), for what the view shows. Plain
 * anchors with {@code download}, ignored by the router, so the browser saves the file; the server checks access
 * again, so a link is a convenience, not a permission. Paths by string: views do not depend on the export feature.
 */
public class DownloadLinks extends Composite<HorizontalLayout> {

    private final HorizontalLayout links = new HorizontalLayout();

    public DownloadLinks(String id) {
        links.setId(id);
        links.setSpacing(true);
        links.getStyle().set("flex-wrap", "wrap").set("align-items", "baseline");
    }

    @Override
    protected HorizontalLayout initContent() {
        return links;
    }

    public void clear() {
        links.removeAll();
        setVisible(false);
    }

    /** Adds a link labelled by a translation key to {@code exports/<path>} with the given query parameters. */
    public DownloadLinks add(String labelKey, String path, Map<String, @Nullable String> parameters) {
        Anchor anchor = new Anchor(href(path, parameters), getTranslation(labelKey));
        anchor.getElement().setAttribute("download", true);
        anchor.getElement().setAttribute("router-ignore", true);
        anchor.setId(links.getId().orElse("downloads") + "-" + path.substring(path.lastIndexOf('.') + 1));
        links.add(anchor);
        setVisible(true);
        return this;
    }

    static String href(String path, Map<String, @Nullable String> parameters) {
        Map<String, String> present = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                present.put(name, value);
            }
        });
        String query = present.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return "exports/" + path + (query.isEmpty() ? "" : "?" + query);
    }
}
