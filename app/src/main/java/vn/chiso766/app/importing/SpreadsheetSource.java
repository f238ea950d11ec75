package vn.chiso766.app.importing;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BinaryOperator;
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
import vn.chiso766.domain.unit.UnitTree;
import vn.chiso766.reporting.spreadsheet.PositionKind;
import vn.chiso766.reporting.spreadsheet.SheetField;
import vn.chiso766.reporting.spreadsheet.SheetFormat;
import vn.chiso766.reporting.spreadsheet.SheetProblem;
import vn.chiso766.reporting.spreadsheet.SheetResult;
import vn.chiso766.reporting.spreadsheet.SheetRow;
import vn.chiso766.reporting.spreadsheet.SpreadsheetReader;

/**
 * Spreadsheet rows as candidates. Units are matched by code, or by exact name among the units the user may write;
 * every group score is checked against the catalogue of its period. A value above a group's maximum is an error
 * here: a person typed it, so it is a typing mistake until proven otherwise (portal data is judged differently).
 */
@Component
class SpreadsheetSource {

    private final CatalogueService catalogues;
    private final UnitDirectory units;
    private final ImportAccess access;
    private final Clock clock;

    SpreadsheetSource(CatalogueService catalogues, UnitDirectory units, ImportAccess access, Clock clock) {
        this.catalogues = catalogues;
        this.units = units;
        this.access = access;
        this.clock = clock;
    }

    ParsedFile read(String fileName, byte[] bytes, SheetFormat format) {
        // Headers are matched against the catalogue in force now; each row is validated against its period's.
        CriteriaCatalogue current = catalogues.forPeriod(new Period.Month(YearMonth.now(clock)));
        SheetResult sheet = new SpreadsheetReader(current).read(bytes, format);
        List<ImportIssue> fileIssues = sheet.fileProblems().stream()
                .map(p -> issue(fileName, sheet.positionKind(), p))
                .toList();
        Reading reading = new Reading(fileName, sheet, units.tree());
        return new ParsedFile(sheet.rows().stream().map(reading::candidate).toList(), fileIssues, List.of());
    }

    private static ImportIssue issue(String fileName, PositionKind kind, SheetProblem problem) {
        IssueLocation location = problem.position() == null ? IssueLocation.FILE : location(kind, problem.position());
        return new ImportIssue(
                problem.isWarning() ? Severity.WARNING : Severity.ERROR,
                fileName,
                location,
                problem.column(),
                problem::message);
    }

    private static IssueLocation location(PositionKind kind, int position) {
        return kind == PositionKind.ROW ? IssueLocation.row(position) : IssueLocation.line(position);
    }

    /** One file's rows, read against one snapshot of the unit tree. */
    private final class Reading {
        private final String fileName;
        private final SheetResult sheet;
        private final UnitTree tree;
        private @Nullable UnitNames names;

        Reading(String fileName, SheetResult sheet, UnitTree tree) {
            this.fileName = fileName;
            this.sheet = sheet;
            this.tree = tree;
        }

        Candidate candidate(SheetRow row) {
            IssueLocation location = location(sheet.positionKind(), row.position());
            List<ImportIssue> issues = new ArrayList<>(row.problems().stream()
                    .map(p -> issue(fileName, sheet.positionKind(), p))
                    .toList());
            Unit unit = resolve(row, location, issues);
            if (unit != null && row.period() != null && !unit.isValidIn(row.period())) {
                issues.add(error(location, unitField(), "import.issue.unitNotValid", unit.code(), row.periodText()));
            }
            ScoreCard card = null;
            if (unit != null && issues.stream().noneMatch(ImportIssue::isError)) {
                card = card(row, unit, location, issues);
            }
            return new Candidate(location, row.unitText(), unit, row.periodText(), card, null, issues, merge());
        }

        private @Nullable Unit resolve(SheetRow row, IssueLocation location, List<ImportIssue> issues) {
            if (row.unitCode() == null && row.unitName() == null) {
                return null;
            }
            Unit unit = row.unitCode() != null ? byCode(row, location, issues) : byName(row, location, issues);
            if (unit != null && !access.mayWrite(unit.code())) {
                issues.add(error(location, unitField(), "import.issue.notAllowed", unit.code(), unit.name()));
                return null;
            }
            return unit;
        }

        private @Nullable Unit byCode(SheetRow row, IssueLocation location, List<ImportIssue> issues) {
            Optional<Unit> unit = tree.find(row.unitCode());
            if (unit.isEmpty()) {
                issues.add(error(location, header(SheetField.UNIT_CODE), "import.issue.unknownUnit", row.unitCode()));
                return null;
            }
            if (row.unitName() != null
                    && !UnitNames.same(row.unitName(), unit.get().name())) {
                issues.add(error(
                        location,
                        header(SheetField.UNIT_NAME),
                        "import.issue.nameMismatch",
                        row.unitCode(),
                        unit.get().name(),
                        row.unitName()));
                return null;
            }
            return unit.get();
        }

        private @Nullable Unit byName(SheetRow row, IssueLocation location, List<ImportIssue> issues) {
            if (names == null) {
                names = new UnitNames(tree, access::mayWrite);
            }
            List<Unit> found = names.find(row.unitName());
            String field = header(SheetField.UNIT_NAME);
            if (found.isEmpty()) {
                issues.add(error(location, field, "import.issue.unknownUnitName", row.unitName()));
                return null;
            }
            if (found.size() > 1) {
                String codes = String.join(", ", found.stream().map(Unit::code).toList());
                issues.add(error(location, field, "import.issue.ambiguousName", row.unitName(), codes));
                return null;
            }
            return found.getFirst();
        }

        private @Nullable ScoreCard card(SheetRow row, Unit unit, IssueLocation location, List<ImportIssue> issues) {
            Period period = row.period();
            CriteriaCatalogue catalogue = catalogues.forPeriod(period);
            ScoreCard card = new ScoreCard(
                    unit.code(), period, row.groupScores(catalogue.codes()), row.figures(), row.statedTotal(), null);
            List<Violation> violations = ScoreCardValidator.validate(card, catalogue, null);
            for (Violation violation : violations) {
                issues.add(ImportIssue.error(fileName, location, fieldOf(violation), violation::message));
            }
            return violations.isEmpty() ? card : null;
        }

        private @Nullable String fieldOf(Violation violation) {
            String code = violation.criterionCode();
            if (code != null) {
                return sheet.groupHeader(code);
            }
            return header(SheetField.STATED_TOTAL);
        }

        /** What the file has no column for is kept as stored; the stated change is never in a spreadsheet. */
        private BinaryOperator<ScoreCard> merge() {
            return (incoming, stored) -> new ScoreCard(
                    incoming.unitCode(),
                    incoming.period(),
                    incoming.groups(),
                    FigureMerge.merge(incoming.figures(), stored.figures(), sheet::hasColumn),
                    sheet.hasColumn(SheetField.STATED_TOTAL) ? incoming.statedTotal() : stored.statedTotal(),
                    stored.statedChange());
        }

        private @Nullable String unitField() {
            String code = header(SheetField.UNIT_CODE);
            return code != null ? code : header(SheetField.UNIT_NAME);
        }

        private @Nullable String header(SheetField field) {
            return sheet.header(field);
        }

        private ImportIssue error(IssueLocation location, @Nullable String field, String key, Object... arguments) {
            return ImportIssue.error(fileName, location, field, LocalizedText.of(key, arguments));
        }
    }
}
