package vn.chiso766.app.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso766.app.criteria.CatalogueService;
import vn.chiso766.db.report.MonthlyReportEntity;
import vn.chiso766.db.report.MonthlyReportRepository;
import vn.chiso766.db.score.ScoreCardEntity;
import vn.chiso766.db.score.ScoreCardRepository;
import vn.chiso766.db.unit.UnitEntity;
import vn.chiso766.db.unit.UnitRepository;
import vn.chiso766.db.user.UserAccountRepository;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.score.ScoreCard;
import vn.chiso766.domain.unit.Unit;

/** Writes the demonstration district in one transaction: all of it or nothing. */
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

    DemoDataWriter(
            UnitRepository units,
            ScoreCardRepository cards,
            MonthlyReportRepository reports,
            CatalogueService catalogues,
            UserAccountRepository users,
            PasswordEncoder encoder) {
        this.units = units;
        this.cards = cards;
        this.reports = reports;
        this.catalogues = catalogues;
        this.users = users;
        this.encoder = encoder;
    }

    /** Returns false, changing nothing, when the demonstration province already exists. */
    boolean loadIfAbsent() {
        if (units.existsByCode(DemoDistrict.PROVINCE)) {
            return false;
        }
        UnitEntity province = units.save(new UnitEntity(DemoDistrict.province(), null, true));
        UnitEntity district = units.save(new UnitEntity(DemoDistrict.district(), province, true));
        Map<String, UnitEntity> wards = new HashMap<>();
        Map<String, Unit> wardUnits = new HashMap<>();
        for (Unit ward : DemoDistrict.wards()) {
            wards.put(ward.code(), units.save(new UnitEntity(ward, district, true)));
            wardUnits.put(ward.code(), ward);
        }
        CriteriaCatalogue catalogue = catalogues.forPeriod(SeedReport.PERIOD);
        saveGenerated(new DemoScores(catalogue).generate(DemoDistrict.wards()), wards, wardUnits, catalogue);
        saveSeed(wards.get(SeedReport.UNIT), wardUnits.get(SeedReport.UNIT), new DemoReports(catalogue));
        DemoUsers.create(users, units, encoder);
        return true;
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
            cards.save(new ScoreCardEntity(ward, card, SOURCE, true));
            reports.save(
                    new MonthlyReportEntity(ward, texts.forCard(wardUnits.get(card.unitCode()), card, number++), true));
        }
    }

    /** The seed's February, and an invented January consistent with it, so last month's measures can be followed. */
    private void saveSeed(UnitEntity ninhSon, Unit ninhSonUnit, DemoReports texts) {
        ScoreCard january = SeedReport.januaryScoreCard();
        cards.save(new ScoreCardEntity(ninhSon, january, SOURCE, true));
        reports.save(new MonthlyReportEntity(ninhSon, texts.forCard(ninhSonUnit, january, 999), true));
        cards.save(new ScoreCardEntity(ninhSon, SeedReport.scoreCard(), "seed report", false));
        reports.save(new MonthlyReportEntity(ninhSon, SeedReport.report(), false));
    }
}
