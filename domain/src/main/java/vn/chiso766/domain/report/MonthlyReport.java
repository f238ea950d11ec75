package vn.chiso766.domain.report;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.period.Period;

/**
 * A ward's monthly report in the layout of DOMAIN.md "Who reports what". The groups it names as lowest and
 * highest are kept as written, so that a report naming a group that is not the weakest by attainment can be
 * flagged.
 */
public record MonthlyReport(
        String unitCode,
        Period.Month period,
        String issuingBody,
        String number,
        String place,
        LocalDate issuedOn,
        String title,
        List<String> causes,
        List<RemediationMeasure> measures,
        @Nullable String publicationLink,
        List<String> recipients,
        Signer signer,
        @Nullable String namedLowestGroup,
        @Nullable String namedHighestGroup,
        ReportStatus status) {

    public MonthlyReport {
        causes = List.copyOf(causes);
        measures = List.copyOf(measures);
        recipients = List.copyOf(recipients);
    }
}
