package vn.chiso766.app.audit.state;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chiso766.app.audit.AuditedState;
import vn.chiso766.domain.report.MonthlyReport;
import vn.chiso766.domain.report.RemediationMeasure;
import vn.chiso766.domain.report.ReportStatus;
import vn.chiso766.domain.report.Signer;

/**
 * A ward's monthly report as the audit trail records it: every part of it, its status, and the office's comment
 * when it returned the report to the ward.
 */
public record ReportState(
        String unitCode,
        String period,
        String issuingBody,
        String number,
        String place,
        LocalDate issuedOn,
        ReportStatus status,
        String title,
        List<String> causes,
        List<RemediationMeasure> measures,
        @Nullable String namedLowestGroup,
        @Nullable String namedHighestGroup,
        @Nullable String publicationLink,
        List<String> recipients,
        Signer signer,
        @Nullable String returnComment)
        implements AuditedState {

    public static final String TYPE = "report";

    public static ReportState of(MonthlyReport report) {
        return of(report, null);
    }

    public static ReportState of(MonthlyReport report, @Nullable String returnComment) {
        return new ReportState(
                report.unitCode(),
                report.period().code(),
                report.issuingBody(),
                report.number(),
                report.place(),
                report.issuedOn(),
                report.status(),
                report.title(),
                report.causes(),
                report.measures(),
                report.namedLowestGroup(),
                report.namedHighestGroup(),
                report.publicationLink(),
                report.recipients(),
                report.signer(),
                returnComment);
    }

    @Override
    public String entityType() {
        return TYPE;
    }

    /** One report per unit and month. */
    @Override
    public String entityKey() {
        return unitCode + "/" + period;
    }
}
