package vn.chiso766.app.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/**
 * A click on a data point (a bar, a heatmap cell, a line or radar marker), fired by the browser element from
 * ApexCharts' {@code dataPointSelection}. The indexes are ApexCharts' own; {@link HeatmapChart#rowOf} translates a
 * heatmap's.
 */
@DomEvent("chart-click")
public class ChartClickEvent extends ComponentEvent<ApexChart> {

    private final int seriesIndex;
    private final int dataPointIndex;

    public ChartClickEvent(
            ApexChart source,
            boolean fromClient,
            @EventData("event.detail.seriesIndex") int seriesIndex,
            @EventData("event.detail.dataPointIndex") int dataPointIndex) {
        super(source, fromClient);
        this.seriesIndex = seriesIndex;
        this.dataPointIndex = dataPointIndex;
    }

    public int getSeriesIndex() {
        return seriesIndex;
    }

    public int getDataPointIndex() {
        return dataPointIndex;
    }
}
