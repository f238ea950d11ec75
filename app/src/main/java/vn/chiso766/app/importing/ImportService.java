package vn.chiso766.app.importing;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso766.app.criteria.CatalogueService;
import vn.chiso766.app.unit.UnitDirectory;
import vn.chiso766.domain.period.Period;
import vn.chiso766.reporting.spreadsheet.ImportTemplate;

/**
 * Imports score files for the office (officers under their scope, ward chairs for their own ward, the admin for
 * everything): {@link #preview} says what would happen and what is wrong, {@link #commit} reads the file again and
 * writes all of it in one transaction, or nothing when anything is wrong.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('OFFICER', 'WARD_CHAIR', 'ADMIN')")
public class ImportService {

    private final ImportPlanner planner;
    private final ImportWriter writer;
    private final UnitDirectory units;
    private final CatalogueService catalogues;
    private final ImportSettings settings;
    private final Clock clock;

    ImportService(
            ImportPlanner planner,
            ImportWriter writer,
            UnitDirectory units,
            CatalogueService catalogues,
            ImportSettings settings,
            Clock clock) {
        this.planner = planner;
        this.writer = writer;
        this.units = units;
        this.catalogues = catalogues;
        this.settings = settings;
        this.clock = clock;
    }

    /** What importing the file would do; writes nothing. A null format is told from the content. */
    public ImportPreview preview(String fileName, byte[] bytes, @Nullable ImportFormat format) {
        return planner.plan(fileName, bytes, format);
    }

    /**
     * Validates the file again (the data may have changed since the preview) and writes it whole.
     *
     * @throws ImportRejectedException when the file has any error; nothing is written then
     */
    @Transactional
    public ImportOutcome commit(String fileName, byte[] bytes, @Nullable ImportFormat format) {
        ImportPreview preview = planner.plan(fileName, bytes, format);
        if (preview.hasErrors()) {
            throw new ImportRejectedException(preview);
        }
        List<AffectedRanking> affected = List.copyOf(
                AffectedRankings.of(preview, code -> units.tree().find(code).orElse(null)));
        writer.write(preview);
        return new ImportOutcome(preview, affected);
    }

    /** The spreadsheet offices fill in, with the headers of the catalogue in force now. */
    public byte[] template() {
        return ImportTemplate.xlsx(catalogues.forPeriod(new Period.Month(YearMonth.now(clock))));
    }

    public long maxBytes() {
        return settings.maxBytes().toBytes();
    }
}
