package vn.chiso766.domain.report;

/** A report is entered as a draft, submitted by the ward, and approved by the office. */
public enum ReportStatus {
    DRAFT,
    SUBMITTED,
    APPROVED
}
