/**
 * The comparison tables of the ranking and heatmap screens as XLSX, CSV and PDF: the same columns in the same
 * order, coloured as on screen, with the method on a second sheet.
 */
@NullMarked
package vn.chiso766.reporting.export.table;

import org.jspecify.annotations.NullMarked;
