package vn.chiso766.reporting.portal;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** How an unexpected value is quoted in a message: short enough to read, exact enough to find in the file. */
final class FoundValue {

    private static final int MAX_TEXT = 60;

    private FoundValue() {}

    static String describe(@Nullable JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing (the field is absent)";
        }
        if (node.isString()) {
            return quote(node.stringValue());
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        return node.toString();
    }

    static String quote(String text) {
        String shown = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "…" : text;
        return "\"" + shown + "\"";
    }
}
