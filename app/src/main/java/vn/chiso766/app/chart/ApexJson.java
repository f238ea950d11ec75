package vn.chiso766.app.chart;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The parts of ApexCharts options that every chart type shares. */
final class ApexJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ApexJson() {}

    static ObjectNode base(String type, String title, int height) {
        ObjectNode options = NODES.objectNode();
        ObjectNode chart = options.putObject("chart");
        chart.put("type", type);
        chart.put("height", height);
        // The toolbar's download menu speaks English only and exports nothing the data table does not give.
        chart.putObject("toolbar").put("show", false);
        chart.putObject("zoom").put("enabled", false);
        options.putObject("title").put("text", title);
        return options;
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    static ArrayNode strings(List<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }

    static ArrayNode numbers(List<@Nullable BigDecimal> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(v -> {
            if (v == null) {
                array.addNull();
            } else {
                array.add(v);
            }
        });
        return array;
    }

    static ArrayNode series(List<Series> series) {
        ArrayNode array = NODES.arrayNode();
        series.forEach(s -> array.addObject().put("name", s.name()).set("data", numbers(s.values())));
        return array;
    }

    static void categories(ObjectNode options, List<String> categories) {
        options.putObject("xaxis").set("categories", strings(categories));
    }
}
