package vn.chiso766.app.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.chiso766.app.report.ReportService;
import vn.chiso766.domain.period.InvalidPeriodException;
import vn.chiso766.domain.period.Period;

@RestController
@RequestMapping("/api/v1/wards/{code}/reports")
class ReportsApi {

    private final ReportService reports;

    ReportsApi(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/{period}")
    ReportJson get(@PathVariable String code, @PathVariable String period) {
        if (!(Period.parse(period) instanceof Period.Month month)) {
            throw new InvalidPeriodException(period);
        }
        return reports.find(code, month)
                .map(ReportJson::of)
                .orElseThrow(() -> new NotFoundException("No report of " + code + " for " + period));
    }
}
