package vn.chiso766.reporting.portal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A JSON value with the file and path it was found at. The tree model forgets where a value came from, so the path
 * is carried along to let every complaint say where it is.
 */
record LocatedNode(String fileName, String path, @Nullable JsonNode node) {

    static final String ROOT = "top level";

    static LocatedNode root(String fileName, JsonNode node) {
        return new LocatedNode(fileName, ROOT, node);
    }

    LocatedNode field(String name) {
        String childPath = ROOT.equals(path) ? name : path + "." + name;
        return new LocatedNode(fileName, childPath, node == null ? null : node.get(name));
    }

    boolean isAbsentOrNull() {
        return node == null || node.isNull();
    }

    boolean has(String name) {
        return node != null && node.has(name);
    }

    LocatedNode requireObject() {
        if (node == null || !node.isObject()) {
            throw problem("an object");
        }
        return this;
    }

    List<LocatedNode> elements() {
        if (node == null || !node.isArray()) {
            throw problem("an array");
        }
        List<LocatedNode> elements = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            elements.add(new LocatedNode(fileName, path + "[" + i + "]", node.get(i)));
        }
        return elements;
    }

    List<String> fieldNames() {
        return requireObject().node().propertyNames().stream().toList();
    }

    String text() {
        if (node == null || !node.isString() || node.stringValue().isBlank()) {
            throw problem("a non-empty text");
        }
        return node.stringValue();
    }

    @Nullable
    String optionalText() {
        return isAbsentOrNull() ? null : text();
    }

    /** Read from the number's own digits (the mapper keeps them as BigDecimal), never through a double. */
    BigDecimal decimal() {
        if (node == null || !node.isNumber()) {
            throw problem("a number");
        }
        return node.decimalValue();
    }

    int integer() {
        if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
            throw problem("a whole number");
        }
        return node.intValue();
    }

    @Nullable
    Integer optionalInteger() {
        return isAbsentOrNull() ? null : integer();
    }

    PortalFormatException problem(String expected) {
        return problem(expected, FoundValue.describe(node));
    }

    PortalFormatException problem(String expected, String found) {
        return new PortalFormatException(fileName, path, "expected " + expected + ", found " + found);
    }
}
