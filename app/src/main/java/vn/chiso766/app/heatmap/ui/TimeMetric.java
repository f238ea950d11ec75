package vn.chiso766.app.heatmap.ui;

import java.util.Arrays;

/** What the units × months heatmap prints: the total or the rank. */
enum TimeMetric {
    TOTAL("total"),
    RANK("rank");

    private final String parameter;

    TimeMetric(String parameter) {
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }

    static TimeMetric fromParameter(String value) {
        return Arrays.stream(values())
                .filter(m -> m.parameter.equals(value))
                .findFirst()
                .orElse(TOTAL);
    }
}
