package vn.chiso766.app.importing;

/** An error stops the whole import; a warning is shown and the import may go ahead. */
public enum Severity {
    ERROR,
    WARNING
}
