package vn.chiso766.app.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.chiso766.app.ranking.BandSettings;
import vn.chiso766.app.ranking.RankingResult;
import vn.chiso766.app.ranking.RankingService;
import vn.chiso766.domain.heatmap.CriteriaHeatmap;
import vn.chiso766.domain.period.Period;
import vn.chiso766.reporting.export.table.ComparisonTable;
import vn.chiso766.reporting.export.table.HeatmapXlsx;
import vn.chiso766.reporting.export.table.RankingCsv;
import vn.chiso766.reporting.export.table.RankingPdf;
import vn.chiso766.reporting.export.table.RankingXlsx;

/**
 * The ranking and heatmap screens' tables as files. The ranking comes from {@link RankingService#rank}, as on
 * screen, so its access rule (the user may rank the scope) is the screen's, and a refused user gets no file.
 */
@Service
// Signed-in users only; which scopes and wards they may export is the screens' rule, checked by the services used.
@PreAuthorize("isAuthenticated()")
public class TableExports {

    private final RankingService rankings;
    private final BandSettings bands;

    TableExports(RankingService rankings, BandSettings bands) {
        this.rankings = rankings;
        this.bands = bands;
    }

    public ExportFile rankings(String scope, Period period, @Nullable String by, ExportFormat format) {
        RankingResult result = rank(scope, period, by);
        ComparisonTable table =
                ComparisonTable.of(result.table(), by, result.demoUnits(), result.monthsCovered(), bands.thresholds());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            switch (format) {
                case XLSX -> RankingXlsx.write(table, out);
                case CSV -> RankingCsv.write(table, out);
                case PDF -> RankingPdf.write(table, out);
                case DOCX -> throw new IllegalArgumentException("The ranking is exported as XLSX, CSV or PDF");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String title = "Xếp hạng " + table.scope().name() + (by == null ? "" : " theo " + by) + " " + period.code();
        return ExportFile.of(out, format, title);
    }

    public ExportFile heatmap(String scope, Period period) {
        RankingResult result = rank(scope, period, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            HeatmapXlsx.write(CriteriaHeatmap.of(result.table()), bands.thresholds(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ExportFile.of(
                out, ExportFormat.XLSX, "Bản đồ nhiệt " + result.table().scope().name() + " " + period.code());
    }

    private RankingResult rank(String scope, Period period, @Nullable String by) {
        return rankings.rank(scope, period, by).orElseThrow(() -> new ExportNotFoundException("No unit " + scope));
    }
}
