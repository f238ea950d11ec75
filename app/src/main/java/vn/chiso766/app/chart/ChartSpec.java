package vn.chiso766.app.chart;

import tools.jackson.databind.node.ObjectNode;

/**
 * What one chart shows, independent of how it is drawn: the ApexCharts options (without the formatter functions,
 * which the browser element installs because functions cannot travel in JSON) and the same numbers as a table.
 */
public sealed interface ChartSpec permits BarChart, HeatmapChart, LineChart, RadarChart {

    String title();

    /** What a screen reader announces for the drawing; the numbers themselves are in {@link #table()}. */
    String accessibleName();

    ObjectNode options();

    TableData table();
}
