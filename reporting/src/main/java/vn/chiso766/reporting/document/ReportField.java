package vn.chiso766.reporting.document;

/**
 * The parts of a report a problem can be about, named in the reader's language by the {@code problems} bundle.
 * The table columns are in the order of the seed's one-row table (DOMAIN.md "Who reports what", part 4).
 */
public enum ReportField {
    ISSUING_BODY,
    NUMBER,
    DATE,
    TITLE,
    PERIOD,
    UNIT,
    FIGURES,
    TOTAL,
    CHANGE,
    SIGNER,
    SIGNER_NAME,
    DOSSIERS,
    OVERDUE_ON_PORTAL,
    OVERDUE_ON_ONE_STOP,
    ONLINE_SUBMISSION_RATE,
    SATISFACTION_RATE,
    ELECTRONIC_RESULT_RATE,
    SYNCHRONISED_RATE,
    ELECTRONIC_CERTIFIED_COPIES,
    ONLINE_PAYMENTS,
    TABLE_SCORE,
    TABLE_CHANGE
}
