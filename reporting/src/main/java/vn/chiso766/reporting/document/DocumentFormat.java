package vn.chiso766.reporting.document;

public enum DocumentFormat {
    DOCX,
    TEXT
}
