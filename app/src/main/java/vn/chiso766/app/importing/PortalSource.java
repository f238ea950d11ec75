package vn.chiso766.app.importing;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.chiso766.app.criteria.CatalogueService;
import vn.chiso766.app.unit.UnitDirectory;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.score.ScoreCard;
import vn.chiso766.domain.score.ScoreCardValidator;
import vn.chiso766.domain.score.Violation;
import vn.chiso766.domain.unit.Unit;
import vn.chiso766.domain.unit.UnitKind;
import vn.chiso766.domain.unit.UnitTree;
import vn.chiso766.reporting.portal.PortalEvaluationReader;
import vn.chiso766.reporting.portal.PortalFormatException;
import vn.chiso766.reporting.portal.PortalMetadata;
import vn.chiso766.reporting.portal.PortalSnapshot;
import vn.chiso766.reporting.portal.PortalUnitScore;

/**
 * The national portal's evaluation files as candidates. Units are matched by the portal's code under the parent the
 * file implies: provinces under the country (VN), a province's communes and agencies under the province. Missing
 * ones are created, the country and the province from the file's own metadata.
 *
 * <p>A group above its maximum or a total that differs from the group sum is only a warning here, and the value is
 * stored as published: it is the portal's own figure (the 2026-09-24 communes file has MDHL above 18 for 76
 * communes), and clamping it would make our ranking disagree with the portal's without anyone noticing.
 */
@Component
class PortalSource {

    static final String COUNTRY = "VN";
    static final String COUNTRY_NAME = "Việt Nam";

    /** Units of the portal exist since the 1 July 2025 reorganisation (DOMAIN.md, "Units"), the country always. */
    static final LocalDate REORGANISED = LocalDate.of(2025, 7, 1);

    static final LocalDate COUNTRY_FROM = LocalDate.of(Period.MIN_YEAR, 1, 1);

    private final CatalogueService catalogues;
    private final UnitDirectory units;
    private final ImportAccess access;
    private final Clock clock;

    PortalSource(CatalogueService catalogues, UnitDirectory units, ImportAccess access, Clock clock) {
        this.catalogues = catalogues;
        this.units = units;
        this.access = access;
        this.clock = clock;
    }

    ParsedFile read(String fileName, byte[] bytes) {
        PortalSnapshot snapshot;
        try {
            // Group names are read against the catalogue in force now; each card is validated against its period's.
            CriteriaCatalogue catalogue = catalogues.forPeriod(new Period.Month(YearMonth.now(clock)));
            snapshot = new PortalEvaluationReader(catalogue).read(new ByteArrayInputStream(bytes), fileName);
        } catch (PortalFormatException e) {
            return ParsedFile.refused(formatIssue(fileName, e));
        } catch (UncheckedIOException e) {
            return ParsedFile.refused(ImportIssue.error(
                    fileName, IssueLocation.FILE, null, LocalizedText.of("import.issue.portalFormat", e.getMessage())));
        }
        return new Reading(fileName, snapshot, units.tree()).read();
    }

    /** The reader's message is "file: place: problem"; the file and place are shown apart, the problem as said. */
    private static ImportIssue formatIssue(String fileName, PortalFormatException e) {
        String message = String.valueOf(e.getMessage());
        String prefix = e.fileName() + ": " + (e.location() == null ? "" : e.location() + ": ");
        String problem = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
        IssueLocation location = e.location() == null ? IssueLocation.FILE : IssueLocation.path(e.location());
        return ImportIssue.error(fileName, location, null, LocalizedText.of("import.issue.portalFormat", problem));
    }

    /** One file against one snapshot of the unit tree. */
    private final class Reading {
        private final String fileName;
        private final PortalSnapshot snapshot;
        private final UnitTree tree;
        private final Map<String, Unit> toCreate = new LinkedHashMap<>();
        private final List<ImportIssue> fileIssues = new ArrayList<>();

        Reading(String fileName, PortalSnapshot snapshot, UnitTree tree) {
            this.fileName = fileName;
            this.snapshot = snapshot;
            this.tree = tree;
        }

        ParsedFile read() {
            PortalMetadata metadata = snapshot.metadata();
            String parent = snapshot.shape().isNational() ? COUNTRY : metadata.scopeCode();
            boolean parentReady = ensureParent(parent, metadata);
            List<Candidate> candidates = new ArrayList<>();
            for (int i = 0; i < snapshot.units().size(); i++) {
                candidates.add(candidate(i, snapshot.units().get(i), parent, parentReady));
            }
            return new ParsedFile(candidates, fileIssues, List.copyOf(toCreate.values()));
        }

        /** The country and, for a province's file, the province; created when missing if the user may. */
        private boolean ensureParent(String parent, PortalMetadata metadata) {
            boolean ready = ensure(COUNTRY, COUNTRY_NAME, UnitKind.COUNTRY, null, COUNTRY_FROM);
            if (!COUNTRY.equals(parent)) {
                ready &= ensure(parent, metadata.scopeName(), UnitKind.PROVINCE, COUNTRY, validFrom());
            }
            return ready;
        }

        private boolean ensure(String code, String name, UnitKind kind, @Nullable String parent, LocalDate from) {
            if (tree.find(code).isPresent()) {
                return true;
            }
            if (!access.mayCreateUnder(parent)) {
                fileIssues.add(ImportIssue.error(
                        fileName,
                        IssueLocation.path("metadata"),
                        null,
                        LocalizedText.of("import.issue.notAllowedCreate", code, parent == null ? "—" : parent)));
                return false;
            }
            toCreate.put(code, new Unit(code, name, kind, parent, from, null));
            return true;
        }

        private Candidate candidate(int index, PortalUnitScore score, String parent, boolean parentReady) {
            IssueLocation location = IssueLocation.path(snapshot.shape().listName() + "[" + index + "]");
            List<ImportIssue> issues = new ArrayList<>();
            Unit unit = parentReady ? match(score, parent, location, issues) : null;
            Period period = snapshot.metadata().period();
            ScoreCard card = null;
            if (unit != null && issues.stream().noneMatch(ImportIssue::isError)) {
                card = score.toScoreCard(period);
                warnAboutValues(card, location, issues);
            }
            return new Candidate(
                    location,
                    score.departmentCode(),
                    unit,
                    period.code(),
                    card,
                    snapshot.metadata().runDate(),
                    issues,
                    (incoming, stored) -> new ScoreCard(
                            incoming.unitCode(),
                            incoming.period(),
                            incoming.groups(),
                            stored.figures(),
                            incoming.statedTotal(),
                            stored.statedChange()));
        }

        private @Nullable Unit match(
                PortalUnitScore score, String parent, IssueLocation location, List<ImportIssue> issues) {
            Optional<Unit> existing = tree.find(score.departmentCode());
            if (existing.isEmpty()) {
                if (!access.mayCreateUnder(parent)) {
                    issues.add(error(location, "import.issue.notAllowedCreate", score.departmentCode(), parent));
                    return null;
                }
                Unit created = score.toUnit(parent, validFrom());
                toCreate.put(created.code(), created);
                return created;
            }
            Unit unit = existing.get();
            if (!parent.equals(unit.parentCode())) {
                issues.add(error(
                        location,
                        "import.issue.unitElsewhere",
                        unit.code(),
                        String.valueOf(unit.parentCode()),
                        parent));
                return null;
            }
            if (!access.mayWrite(unit.code())) {
                issues.add(error(location, "import.issue.notAllowed", unit.code(), unit.name()));
                return null;
            }
            Period period = snapshot.metadata().period();
            if (!unit.isValidIn(period)) {
                issues.add(error(location, "import.issue.unitNotValid", unit.code(), period.code()));
                return null;
            }
            if (!UnitNames.same(unit.name(), score.departmentName())) {
                issues.add(ImportIssue.warning(
                        fileName,
                        location,
                        "departmentName",
                        LocalizedText.of(
                                "import.issue.unitRenamed", unit.code(), unit.name(), score.departmentName())));
            }
            return unit;
        }

        /** Above-maximum groups and totals that are not the group sum are flagged, never corrected (class comment). */
        private void warnAboutValues(ScoreCard card, IssueLocation location, List<ImportIssue> issues) {
            CriteriaCatalogue catalogue = catalogues.forPeriod(card.period());
            for (Violation violation : ScoreCardValidator.validate(card, catalogue, null)) {
                String field =
                        violation.criterionCode() == null ? "totalScore" : "groupScores." + violation.criterionCode();
                issues.add(ImportIssue.warning(
                        fileName, location, field, LocalizedText.of("import.issue.portalValueKept", (LocalizedText)
                                violation::message)));
            }
        }

        /** Portal units exist since the reorganisation, or since the period began if the file is older. */
        private LocalDate validFrom() {
            LocalDate periodStart =
                    snapshot.metadata().period().months().getFirst().yearMonth().atDay(1);
            return periodStart.isBefore(REORGANISED) ? periodStart : REORGANISED;
        }

        private ImportIssue error(IssueLocation location, String key, Object... arguments) {
            return ImportIssue.error(fileName, location, "departmentCode", LocalizedText.of(key, arguments));
        }
    }
}
