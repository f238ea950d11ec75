package vn.chiso766.app.export;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.chiso766.app.security.AccessGuard;
import vn.chiso766.db.report.MonthlyReportRepository;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.report.MeasureStatus;
import vn.chiso766.domain.report.MonthlyReport;
import vn.chiso766.domain.report.RemediationMeasure;
import vn.chiso766.domain.unit.Unit;
import vn.chiso766.reporting.export.document.DueMeasure;

/**
 * The remediation measures of a month's reports that fall due by the end of the next month and are not done,
 * from the reports this reader may read (a ward chair does not see a neighbour's unapproved report here either).
 * A dropped measure is not listed: it will not be done, so it is neither due nor overdue. Overdue means its date
 * is before today.
 */
@Component
class DueMeasures {

    private final MonthlyReportRepository reports;
    private final AccessGuard access;
    private final Clock clock;

    DueMeasures(MonthlyReportRepository reports, AccessGuard access, Clock clock) {
        this.reports = reports;
        this.access = access;
        this.clock = clock;
    }

    List<DueMeasure> of(List<Unit> units, Period.Month month) {
        LocalDate horizon = month.next().yearMonth().atEndOfMonth();
        LocalDate today = LocalDate.now(clock);
        List<DueMeasure> due = new ArrayList<>();
        for (Unit unit : units) {
            reports.findByUnitAndPeriod(unit.code(), month.code())
                    .map(r -> r.toDomain())
                    .filter(r -> access.canReadReport(unit.code(), r.status()))
                    .ifPresent(report -> collect(unit, report, horizon, today, due));
        }
        return due;
    }

    private static void collect(
            Unit unit, MonthlyReport report, LocalDate horizon, LocalDate today, List<DueMeasure> due) {
        for (RemediationMeasure measure : report.measures()) {
            boolean open = measure.status() != MeasureStatus.DONE && measure.status() != MeasureStatus.DROPPED;
            if (open && measure.dueDate() != null && !measure.dueDate().isAfter(horizon)) {
                due.add(new DueMeasure(unit, measure, measure.dueDate().isBefore(today)));
            }
        }
    }
}
