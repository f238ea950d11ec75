package vn.chiso766.app.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chiso766.app.AppTest;
import vn.chiso766.app.intake.EntryForms;
import vn.chiso766.app.intake.IntakeData;
import vn.chiso766.app.intake.ReportEntryService;
import vn.chiso766.app.intake.ReportForm;
import vn.chiso766.db.score.ScoreCardEntity;
import vn.chiso766.db.score.ScoreCardRepository;
import vn.chiso766.db.unit.UnitRepository;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.ranking.RankingRow;
import vn.chiso766.domain.score.GroupScores;
import vn.chiso766.domain.score.ScoreCard;
import vn.chiso766.domain.unit.Unit;

/**
 * Rankings count a card whose report the office approved, or a card without any report (portal or spreadsheet
 * scores); a submitted report only when asked, a draft never.
 */
@AppTest
@WithUserDetails("officer")
class RankingCountsApprovedReportsTest {

    private static final String DISTRICT = "TNI.TPTN";
    private static final String APPROVED = "TNI.TPTN.P1";
    private static final String SUBMITTED = "TNI.TPTN.P2";
    private static final String WITHOUT_REPORT = "TNI.TPTN.P3";
    private static final String DRAFT = "TNI.TPTN.P4";
    private static final Period.Month MONTH = Period.month(2004, 6);

    @Autowired
    RankingService rankings;

    @Autowired
    ReportEntryService entry;

    @Autowired
    ScoreCardRepository cards;

    @Autowired
    UnitRepository units;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void enterTheMonth() {
        ReportForm approved = EntryForms.filled(entry.load(APPROVED, MONTH));
        var submitted = entry.submit(APPROVED, approved);
        entry.approve(APPROVED, MONTH, submitted.reportVersion());
        entry.submit(SUBMITTED, EntryForms.filled(entry.load(SUBMITTED, MONTH)));
        entry.saveDraft(DRAFT, EntryForms.filled(entry.load(DRAFT, MONTH)));
        transactions.executeWithoutResult(t -> cards.save(new ScoreCardEntity(
                units.findByCode(WITHOUT_REPORT).orElseThrow(),
                ScoreCard.of(
                        WITHOUT_REPORT,
                        MONTH,
                        GroupScores.of("CKMB", 15, "TDGQ", 18, "ONLINE", 10, "TTTT", 8, "MDHL", 17, "MDSH", 20)),
                "file:diem.xlsx",
                false)));
    }

    @AfterEach
    void removeTheMonth() {
        IntakeData data = IntakeData.of(context);
        List.of(APPROVED, SUBMITTED, WITHOUT_REPORT, DRAFT).forEach(code -> data.remove(code, MONTH.code()));
    }

    @Test
    void by_default_only_approved_reports_and_cards_without_a_report_are_ranked() {
        var table = rankings.rank(DISTRICT, MONTH).orElseThrow().table();

        assertThat(table.rows())
                .extracting(RankingRow::unit)
                .extracting(Unit::code)
                .containsExactlyInAnyOrder(APPROVED, WITHOUT_REPORT);
        assertThat(table.missing()).extracting(Unit::code).contains(SUBMITTED, DRAFT);
    }

    @Test
    void asked_to_the_submitted_report_is_ranked_too_but_never_the_draft() {
        var table = rankings.rank(DISTRICT, MONTH, null, true).orElseThrow().table();

        assertThat(table.rows())
                .extracting(RankingRow::unit)
                .extracting(Unit::code)
                .containsExactlyInAnyOrder(APPROVED, SUBMITTED, WITHOUT_REPORT);
        assertThat(table.missing()).extracting(Unit::code).contains(DRAFT);
    }
}
