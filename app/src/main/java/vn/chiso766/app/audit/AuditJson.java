package vn.chiso766.app.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Recorded states made readable: indented JSON, and the names of the fields a change touched. */
public final class AuditJson {

    // Decimals stay as written ("16.70"), not rounded through a double.
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private AuditJson() {}

    /** The JSON indented; text that is not JSON comes back as it is. */
    public static String pretty(@Nullable String json) {
        if (json == null || json.isBlank()) {
            return "";
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(json));
        } catch (JacksonException e) {
            return json;
        }
    }

    /** The top-level fields whose values differ between before and after, in the order they appear. */
    public static List<String> changedFields(@Nullable String before, @Nullable String after) {
        JsonNode old = tree(before);
        JsonNode now = tree(after);
        Set<String> names = new LinkedHashSet<>();
        names.addAll(old.propertyNames());
        names.addAll(now.propertyNames());
        List<String> changed = new ArrayList<>();
        for (String name : names) {
            if (!old.path(name).equals(now.path(name))) {
                changed.add(name);
            }
        }
        return changed;
    }

    private static JsonNode tree(@Nullable String json) {
        if (json == null || json.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode node = JSON.readTree(json);
            return node.isObject() ? node : JSON.createObjectNode();
        } catch (JacksonException e) {
            return JSON.createObjectNode();
        }
    }
}
