package vn.chiso766.app.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso766.app.ranking.BandSettings;
import vn.chiso766.app.ranking.RankingResult;
import vn.chiso766.app.ranking.RankingService;
import vn.chiso766.app.ward.WardPage;
import vn.chiso766.app.ward.WardPageService;
import vn.chiso766.domain.heatmap.CriteriaHeatmap;
import vn.chiso766.domain.overview.ScopeOverview;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.ranking.RankingRow;
import vn.chiso766.domain.unit.Unit;
import vn.chiso766.reporting.export.document.DistrictSummaryDocument;
import vn.chiso766.reporting.export.document.DocxRenderer;
import vn.chiso766.reporting.export.document.OfficialDocument;
import vn.chiso766.reporting.export.document.PdfRenderer;
import vn.chiso766.reporting.export.document.WardReportDocument;
import vn.chiso766.reporting.export.table.ComparisonTable;

/**
 * The official documents: a ward's monthly report, from the ward page's service (so a ward chair gets a
 * neighbour's report only once approved, as on the page), and the district's monthly summary, from the ranking
 * and overview of the scope (so only for a scope the user may rank).
 */
@Service
// Signed-in users only; which scopes and wards they may export is the screens' rule, checked by the services used.
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class DocumentExports {

    private final WardPageService wards;
    private final RankingService rankings;
    private final DueMeasures dueMeasures;
    private final BandSettings bands;
    private final ExportSettings settings;
    private final Clock clock;

    DocumentExports(
            WardPageService wards,
            RankingService rankings,
            DueMeasures dueMeasures,
            BandSettings bands,
            ExportSettings settings,
            Clock clock) {
        this.wards = wards;
        this.rankings = rankings;
        this.dueMeasures = dueMeasures;
        this.bands = bands;
        this.settings = settings;
        this.clock = clock;
    }

    public ExportFile wardReport(String unitCode, Period.Month month, ExportFormat format) {
        WardPage page =
                wards.page(unitCode, month).orElseThrow(() -> new ExportNotFoundException("No ward " + unitCode));
        if (page.report() == null) {
            throw new ExportNotFoundException("No report of " + unitCode + " for " + month);
        }
        OfficialDocument document = WardReportDocument.of(new WardReportDocument.Input(
                page.unit(), page.report(), page.card(), page.catalogue().criteria(), page.demo()));
        return render(document, format, "Báo cáo " + page.unit().name() + " " + month.code());
    }

    public ExportFile summary(String scopeCode, Period.Month month, ExportFormat format) {
        RankingResult current =
                rankings.rank(scopeCode, month).orElseThrow(() -> new ExportNotFoundException("No unit " + scopeCode));
        RankingResult previous = rankings.rank(scopeCode, month.previous()).orElse(null);
        ComparisonTable table = ComparisonTable.of(
                current.table(), null, current.demoUnits(), current.monthsCovered(), bands.thresholds());
        List<Unit> units = new ArrayList<>(
                current.table().rows().stream().map(RankingRow::unit).toList());
        units.addAll(current.table().missing());
        OfficialDocument document = DistrictSummaryDocument.of(new DistrictSummaryDocument.Input(
                table,
                ScopeOverview.of(current.table(), previous == null ? null : previous.table()),
                CriteriaHeatmap.of(current.table()),
                settings.summaryThreshold(),
                dueMeasures.of(units, month),
                LocalDate.now(clock)));
        return render(document, format, "Tổng hợp " + current.table().scope().name() + " " + month.code());
    }

    private static ExportFile render(OfficialDocument document, ExportFormat format, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            switch (format) {
                case DOCX -> DocxRenderer.write(document, out);
                case PDF -> PdfRenderer.write(document, out);
                case XLSX, CSV -> throw new IllegalArgumentException("Documents are exported as DOCX or PDF");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ExportFile.of(out, format, title);
    }
}
