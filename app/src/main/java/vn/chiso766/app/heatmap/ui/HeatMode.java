package vn.chiso766.app.heatmap.ui;

import java.util.Arrays;

/** What a criteria cell prints: attainment (score ÷ maximum) or points lost (maximum − score). */
enum HeatMode {
    ATTAINMENT("attainment"),
    POINTS_LOST("lost");

    private final String parameter;

    HeatMode(String parameter) {
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }

    static HeatMode fromParameter(String value) {
        return Arrays.stream(values())
                .filter(m -> m.parameter.equals(value))
                .findFirst()
                .orElse(ATTAINMENT);
    }
}
