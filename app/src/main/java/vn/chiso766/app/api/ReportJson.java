package vn.chiso766.app.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.chiso766.app.report.WardReport;
import vn.chiso766.domain.report.MonthlyReport;
import vn.chiso766.domain.report.RemediationMeasure;
import vn.chiso766.domain.report.ReportStatus;
import vn.chiso766.domain.report.Signer;
import vn.chiso766.domain.score.OperationalFigures;
import vn.chiso766.domain.score.ScoreCard;

/** GET /api/v1/wards/{code}/reports/{period}: the report as laid out by the ward, its score card and status. */
public record ReportJson(
        String unitCode,
        String unitName,
        String period,
        ReportStatus status,
        boolean demo,
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
        @Nullable ScoreCardJson scoreCard) {

    public record ScoreCardJson(
            Map<String, BigDecimal> groups,
            BigDecimal total,
            @Nullable BigDecimal statedTotal,
            @Nullable BigDecimal statedChange,
            OperationalFigures figures,
            @Nullable String weakest) {}

    static ReportJson of(WardReport ward) {
        MonthlyReport r = ward.report();
        return new ReportJson(
                ward.unit().code(),
                ward.unit().name(),
                r.period().code(),
                r.status(),
                ward.demo(),
                r.issuingBody(),
                r.number(),
                r.place(),
                r.issuedOn(),
                r.title(),
                r.causes(),
                r.measures(),
                r.publicationLink(),
                r.recipients(),
                r.signer(),
                r.namedLowestGroup(),
                r.namedHighestGroup(),
                card(ward));
    }

    private static @Nullable ScoreCardJson card(WardReport ward) {
        ScoreCard card = ward.card();
        if (card == null) {
            return null;
        }
        return new ScoreCardJson(
                card.groups().points(),
                card.total(),
                card.statedTotal(),
                card.statedChange(),
                card.figures(),
                ward.weakest() == null ? null : ward.weakest().criterion().code());
    }
}
