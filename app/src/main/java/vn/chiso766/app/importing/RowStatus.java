package vn.chiso766.app.importing;

/** What committing would do with a row: create a score card, change one, leave one as it is, or nothing (an error). */
public enum RowStatus {
    NEW,
    CHANGED,
    UNCHANGED,
    ERROR
}
