package vn.chiso766.reporting.spreadsheet;

/** How a place in the file is named: Excel shows row numbers, a text editor shows line numbers. */
public enum PositionKind {
    ROW,
    LINE
}
