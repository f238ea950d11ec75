package vn.chiso766.app.testdata;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chiso766.app.unit.UnitsChanged;
import vn.chiso766.db.report.MonthlyReportEntity;
import vn.chiso766.db.report.MonthlyReportRepository;
import vn.chiso766.db.unit.UnitEntity;
import vn.chiso766.db.unit.UnitRepository;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.report.MonthlyReport;
import vn.chiso766.domain.report.ReportStatus;
import vn.chiso766.domain.report.Signer;
import vn.chiso766.domain.unit.Unit;
import vn.chiso766.domain.unit.UnitKind;

/**
 * A second district of the demo province with one commune and an approved February 2024 report: something for
 * the access tests to guess at, outside the demo users' district. Each test class uses its own codes and names.
 */
public final class OtherDistrict {

    private final String district;
    private final String ward;
    private final String place;
    private final UnitRepository units;
    private final MonthlyReportRepository reports;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    public OtherDistrict(
            String district,
            String place,
            UnitRepository units,
            MonthlyReportRepository reports,
            TransactionTemplate transactions,
            JdbcTemplate jdbc,
            ApplicationEventPublisher events) {
        this.district = district;
        this.ward = district + ".X";
        this.place = place;
        this.units = units;
        this.reports = reports;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.events = events;
    }

    public String district() {
        return district;
    }

    public String ward() {
        return ward;
    }

    public void create() {
        remove();
        transactions.executeWithoutResult(status -> {
            UnitEntity province = units.findByCode("TNI").orElseThrow();
            LocalDate start = LocalDate.of(2000, 1, 1);
            UnitEntity parent = units.save(new UnitEntity(
                    new Unit(district, "Huyện " + place, UnitKind.DISTRICT, "TNI", start, null), province, false));
            UnitEntity commune = units.save(new UnitEntity(
                    new Unit(ward, "Xã " + place, UnitKind.COMMUNE, district, start, null), parent, false));
            reports.save(new MonthlyReportEntity(commune, report(), false));
        });
        events.publishEvent(new UnitsChanged());
    }

    public void remove() {
        jdbc.update("delete r from monthly_report r join unit u on u.id = r.unit_id where u.code = ?", ward);
        jdbc.update("delete from unit where code = ?", ward);
        jdbc.update("delete from unit where code = ?", district);
        events.publishEvent(new UnitsChanged());
    }

    private MonthlyReport report() {
        return new MonthlyReport(
                ward,
                Period.month(2024, 2),
                "ỦY BAN NHÂN DÂN XÃ " + place.toUpperCase(java.util.Locale.forLanguageTag("vi")),
                "2/BC-UBND",
                place,
                LocalDate.of(2024, 3, 5),
                "Báo cáo thử",
                List.of("Nguyên nhân thử."),
                List.of(),
                null,
                List.of("Lưu: VT."),
                new Signer("", "CHỦ TỊCH", "Người Thử"),
                null,
                null,
                ReportStatus.APPROVED);
    }
}
