package vn.chiso766.db.report;

import vn.chiso766.domain.report.ReportStatus;

/** A report's unit, period and status: what rankings need to know which score cards count. */
public record ReportStatusRow(String unitCode, String period, ReportStatus status) {}
