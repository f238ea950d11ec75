package vn.chiso766.reporting.document;

/** What keeps a document from being read into a report; each has a message in the {@code problems} bundle. */
public enum ProblemType {
    EMPTY_FILE,
    UNREADABLE_FILE,
    MISSING_FIELD,
    BAD_FIELD,
    BAD_NUMBER,
    BAD_DATE,
    BAD_PERIOD,
    OUT_OF_RANGE,
    TABLE_CELLS,
    GROUP_MISSING,
    GROUP_DUPLICATE,
    GROUP_MAXIMUM,
    FIGURES_DISAGREE,
    UNIT_DISAGREES
}
