package vn.chiso766.reporting.export.document;

import vn.chiso766.domain.report.RemediationMeasure;
import vn.chiso766.domain.unit.Unit;

/** A remediation measure of a ward's report that is due or overdue and not done. */
public record DueMeasure(Unit unit, RemediationMeasure measure, boolean overdue) {}
