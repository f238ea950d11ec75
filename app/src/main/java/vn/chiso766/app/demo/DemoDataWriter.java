package vn.chiso766.app.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso766.app.audit.AuditEntry;
import vn.chiso766.app.audit.AuditSource;
import vn.chiso766.app.audit.AuditTrail;
import vn.chiso766.app.audit.state.ReportState;
import vn.chiso766.app.audit.state.ScoreCardState;
import vn.chiso766.app.audit.state.UnitState;
import vn.chiso766.app.audit.state.UserState;
import vn.chiso766.app.criteria.CatalogueService;
import vn.chiso766.db.report.MonthlyReportEntity;
import vn.chiso766.db.report.MonthlyReportRepository;
import vn.chiso766.db.score.ScoreCardEntity;
import vn.chiso766.db.score.ScoreCardRepository;
import vn.chiso766.db.unit.UnitEntity;
import vn.chiso766.db.unit.UnitRepository;
import vn.chiso766.db.user.UserAccountRepository;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.report.MonthlyReport;
import vn.chiso766.domain.score.ScoreCard;
import vn.chiso766.domain.unit.Unit;

/**
 * Writes the demonstration district in one transaction: all of it or nothing, each unit, card, report and user
 * with its audit entry (source "demo", actor "system").
 */
@Component
@Transactional
class DemoDataWriter {

    static final String SOURCE = "demo";

    private final UnitRepository units;
    private final ScoreCardRepository cards;
    private final MonthlyReportRepository reports;
    private final CatalogueService catalogues;
    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;

    DemoDataWriter(
            UnitRepository units,
            ScoreCardRepository cards,
            MonthlyReportRepository reports,
            CatalogueService catalogues,
            UserAccountRepository users,
            PasswordEncoder encoder,
            AuditTrail audit) {
        this.units = units;
        this.cards = cards;
        this.reports = reports;
        this.catalogues = catalogues;
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
    }

    /** Returns false, changing nothing, when the demonstration province already exists. */
    boolean loadIfAbsent() {
        if (units.existsByCode(DemoDistrict.PROVINCE)) {
            return false;
        }
        UnitEntity province = saveUnit(DemoDistrict.province(), null);
        UnitEntity district = saveUnit(DemoDistrict.district(), province);
        Map<String, UnitEntity> wards = new HashMap<>();
        Map<String, Unit> wardUnits = new HashMap<>();
        for (Unit ward : DemoDistrict.wards()) {
            wards.put(ward.code(), saveUnit(ward, district));
            wardUnits.put(ward.code(), ward);
        }
        CriteriaCatalogue catalogue = catalogues.forPeriod(SeedReport.PERIOD);
        saveGenerated(new DemoScores(catalogue).generate(DemoDistrict.wards()), wards, wardUnits, catalogue);
        saveSeed(wards.get(SeedReport.UNIT), wardUnits.get(SeedReport.UNIT), new DemoReports(catalogue));
        DemoUsers.create(users, units, encoder)
                .forEach(user -> audit.record(AuditEntry.created(UserState.of(user), AuditSource.DEMO)));
        return true;
    }

    private UnitEntity saveUnit(Unit unit, @Nullable UnitEntity parent) {
        UnitEntity saved = units.save(new UnitEntity(unit, parent, true));
        audit.record(AuditEntry.created(UnitState.of(unit), AuditSource.DEMO));
        return saved;
    }

    private void saveCard(UnitEntity unit, ScoreCard card, String source, boolean demo) {
        cards.save(new ScoreCardEntity(unit, card, source, demo));
        audit.record(AuditEntry.created(ScoreCardState.of(card, source), AuditSource.DEMO));
    }

    private void saveReport(UnitEntity unit, MonthlyReport report, boolean demo) {
        reports.save(new MonthlyReportEntity(unit, report, demo));
        audit.record(AuditEntry.created(ReportState.of(report), AuditSource.DEMO));
    }

    private void saveGenerated(
            List<ScoreCard> generated,
            Map<String, UnitEntity> wards,
            Map<String, Unit> wardUnits,
            CriteriaCatalogue catalogue) {
        DemoReports texts = new DemoReports(catalogue);
        int number = 1;
        for (ScoreCard card : generated) {
            UnitEntity ward = wards.get(card.unitCode());
            saveCard(ward, card, SOURCE, true);
            saveReport(ward, texts.forCard(wardUnits.get(card.unitCode()), card, number++), true);
        }
    }

    /** The seed's February, and an invented January consistent with it, so last month's measures can be followed. */
    private void saveSeed(UnitEntity ninhSon, Unit ninhSonUnit, DemoReports texts) {
        ScoreCard january = SeedReport.januaryScoreCard();
        saveCard(ninhSon, january, SOURCE, true);
        saveReport(ninhSon, texts.forCard(ninhSonUnit, january, 999), true);
        saveCard(ninhSon, SeedReport.scoreCard(), "seed report", false);
        saveReport(ninhSon, SeedReport.report(), false);
    }
}
