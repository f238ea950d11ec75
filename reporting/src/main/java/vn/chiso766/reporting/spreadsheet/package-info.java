/**
 * Reads the score spreadsheets that offices fill in (XLSX and CSV, one row per unit and period) into rows of
 * scores, with every problem located by row or line and column, and writes the template they start from.
 */
@NullMarked
package vn.chiso766.reporting.spreadsheet;

import org.jspecify.annotations.NullMarked;
