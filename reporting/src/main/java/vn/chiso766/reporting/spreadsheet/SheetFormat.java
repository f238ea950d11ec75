package vn.chiso766.reporting.spreadsheet;

public enum SheetFormat {
    XLSX,
    CSV
}
