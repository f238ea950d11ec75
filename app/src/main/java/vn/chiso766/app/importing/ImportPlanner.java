package vn.chiso766.app.importing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.chiso766.app.criteria.CatalogueService;
import vn.chiso766.db.score.ScoreCardEntity;
import vn.chiso766.db.score.ScoreCardRepository;
import vn.chiso766.domain.score.ScoreCard;
import vn.chiso766.reporting.spreadsheet.SheetFormat;

/**
 * Reads a file of any format into a preview: checks its size, tells its format from its content, lets the format's
 * source read it, then finds repeated unit-and-period rows and compares each row with the card stored now. It
 * writes nothing; committing runs it again in the writing transaction.
 */
@Component
class ImportPlanner {

    private final ImportSettings settings;
    private final SpreadsheetSource spreadsheets;
    private final PortalSource portal;
    private final ScoreCardRepository cards;
    private final CatalogueService catalogues;

    ImportPlanner(
            ImportSettings settings,
            SpreadsheetSource spreadsheets,
            PortalSource portal,
            ScoreCardRepository cards,
            CatalogueService catalogues) {
        this.settings = settings;
        this.spreadsheets = spreadsheets;
        this.portal = portal;
        this.cards = cards;
        this.catalogues = catalogues;
    }

    ImportPreview plan(String fileName, byte[] bytes, @Nullable ImportFormat requested) {
        String sha256 = sha256(bytes);
        long maxBytes = settings.maxBytes().toBytes();
        if (bytes.length > maxBytes) {
            return refused(
                    fileName, sha256, bytes, null, "import.issue.tooLarge", bytes.length, maxBytes / (1024 * 1024));
        }
        if (bytes.length == 0) {
            return refused(fileName, sha256, bytes, requested, "import.issue.empty");
        }
        FormatDetector.Detection detection = FormatDetector.detect(fileName, bytes, requested);
        if (detection.format() == null) {
            return new ImportPreview(
                    fileName,
                    null,
                    sha256,
                    bytes.length,
                    List.of(),
                    List.of(Objects.requireNonNull(detection.issue())),
                    List.of());
        }
        ParsedFile parsed = switch (detection.format()) {
            case XLSX -> spreadsheets.read(fileName, bytes, SheetFormat.XLSX);
            case CSV -> spreadsheets.read(fileName, bytes, SheetFormat.CSV);
            case PORTAL -> portal.read(fileName, bytes);
        };
        return new ImportPreview(
                fileName,
                detection.format(),
                sha256,
                bytes.length,
                reconcile(fileName, parsed.candidates()),
                parsed.fileIssues(),
                parsed.unitsToCreate());
    }

    private List<ImportRow> reconcile(String fileName, List<Candidate> candidates) {
        Map<String, StoredCard> stored = stored(candidates);
        Map<String, IssueLocation> seen = new HashMap<>();
        List<ImportRow> rows = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            List<ImportIssue> issues = new ArrayList<>(candidate.issues());
            ScoreCard card = candidate.card();
            if (card != null) {
                IssueLocation first = seen.putIfAbsent(key(card), candidate.location());
                if (first != null) {
                    issues.add(ImportIssue.error(
                            fileName,
                            candidate.location(),
                            null,
                            LocalizedText.of(
                                    "import.issue.duplicate",
                                    card.unitCode(),
                                    card.period().code(),
                                    first.text())));
                }
            }
            rows.add(row(candidate, issues, card == null ? null : stored.get(key(card))));
        }
        return rows;
    }

    private static ImportRow row(Candidate candidate, List<ImportIssue> issues, @Nullable StoredCard stored) {
        ScoreCard card = candidate.card();
        boolean failed = card == null || issues.stream().anyMatch(ImportIssue::isError);
        ScoreCard merged = failed || stored == null ? card : candidate.merge().apply(card, stored.card());
        RowStatus status;
        if (failed) {
            status = RowStatus.ERROR;
        } else if (stored == null) {
            status = RowStatus.NEW;
        } else if (merged.equals(stored.card()) && Objects.equals(candidate.snapshotDate(), stored.snapshotDate())) {
            status = RowStatus.UNCHANGED;
        } else {
            status = RowStatus.CHANGED;
        }
        return new ImportRow(
                candidate.location(),
                candidate.unitText(),
                candidate.unit() == null ? null : candidate.unit().code(),
                candidate.unit() == null ? null : candidate.unit().name(),
                candidate.periodText(),
                failed ? null : merged,
                stored == null ? null : stored.card(),
                candidate.snapshotDate(),
                status,
                issues);
    }

    /** The stored cards of every unit and period in the file, in one query. */
    private Map<String, StoredCard> stored(List<Candidate> candidates) {
        Set<String> unitCodes = new HashSet<>();
        Set<String> periods = new HashSet<>();
        candidates.stream().map(Candidate::card).filter(Objects::nonNull).forEach(card -> {
            unitCodes.add(card.unitCode());
            periods.add(card.period().code());
        });
        Map<String, StoredCard> stored = new HashMap<>();
        if (unitCodes.isEmpty()) {
            return stored;
        }
        for (ScoreCardEntity entity : cards.findForUnitsAndPeriods(unitCodes, periods)) {
            ScoreCard card =
                    entity.toDomain(catalogues.forPeriod(vn.chiso766.domain.period.Period.parse(entity.getPeriod())));
            stored.put(key(card), new StoredCard(card, entity.getSnapshotDate()));
        }
        return stored;
    }

    private record StoredCard(ScoreCard card, java.time.@Nullable LocalDate snapshotDate) {}

    private static String key(ScoreCard card) {
        return card.unitCode() + "/" + card.period().code();
    }

    private static ImportPreview refused(
            String fileName,
            String sha256,
            byte[] bytes,
            @Nullable ImportFormat format,
            String key,
            Object... arguments) {
        return new ImportPreview(
                fileName,
                format,
                sha256,
                bytes.length,
                List.of(),
                List.of(ImportIssue.error(fileName, IssueLocation.FILE, null, LocalizedText.of(key, arguments))),
                List.of());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
