/**
 * Charts for every feature's views: our own {@link vn.chiso766.app.chart.ApexChart} component around ApexCharts
 * 4.7.0 (the last MIT-licensed line), a typed description of each chart type and the data table that is the
 * accessible alternative of every chart. It depends on no other feature of the app.
 */
@NullMarked
package vn.chiso766.app.chart;

import org.jspecify.annotations.NullMarked;
