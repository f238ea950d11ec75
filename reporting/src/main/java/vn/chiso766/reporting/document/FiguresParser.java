package vn.chiso766.reporting.document;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.score.OperationalFigures;

/**
 * Part 4: the one-row table of operational figures. The data row is the first table row made mostly of numbers
 * (a header row of labels above it is passed over); its eleven cells are read in the seed's column order.
 */
final class FiguresParser {

    static final List<ReportField> COLUMNS = List.of(
            ReportField.DOSSIERS,
            ReportField.OVERDUE_ON_PORTAL,
            ReportField.OVERDUE_ON_ONE_STOP,
            ReportField.ONLINE_SUBMISSION_RATE,
            ReportField.SATISFACTION_RATE,
            ReportField.ELECTRONIC_RESULT_RATE,
            ReportField.SYNCHRONISED_RATE,
            ReportField.ELECTRONIC_CERTIFIED_COPIES,
            ReportField.ONLINE_PAYMENTS,
            ReportField.TABLE_SCORE,
            ReportField.TABLE_CHANGE);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ExtractionDraft draft;
    private final DocumentLine row;
    private boolean bad;

    private FiguresParser(ExtractionDraft draft, DocumentLine row) {
        this.draft = draft;
        this.row = row;
    }

    static void parse(ExtractionDraft draft) {
        Optional<DocumentLine> row = draft.lines.stream()
                .filter(DocumentLine::isTableRow)
                .filter(FiguresParser::isDataRow)
                .findFirst();
        if (row.isEmpty()) {
            draft.missing(ReportField.FIGURES);
            return;
        }
        if (row.get().cells().size() != COLUMNS.size()) {
            draft.problem(
                    row.get().number(),
                    ProblemType.TABLE_CELLS,
                    Integer.toString(row.get().cells().size()),
                    Integer.toString(COLUMNS.size()));
            return;
        }
        new FiguresParser(draft, row.get()).read();
    }

    /** A number as a cell holds it: digits, maybe a sign, a decimal mark, a percent sign, "tăng"/"giảm". */
    static boolean looksNumeric(String cell) {
        return Numbers.decimal(cell).isPresent() || Numbers.integer(cell).isPresent();
    }

    private static boolean isDataRow(DocumentLine line) {
        long numeric = line.cells().stream().filter(FiguresParser::looksNumeric).count();
        return numeric * 2 >= line.cells().size();
    }

    private void read() {
        OperationalFigures figures = new OperationalFigures(
                count(0), count(1), count(2), rate(3), rate(4), rate(5), rate(6), count(7), count(8));
        BigDecimal score = decimal(9);
        BigDecimal change = decimal(10);
        if (bad) {
            return;
        }
        draft.figures = new Found<>(figures, row.number());
        draft.tableTotal = score == null ? null : new Found<>(score, row.number());
        draft.tableChange = change == null ? null : new Found<>(change, row.number());
    }

    private @Nullable Integer count(int column) {
        String cell = row.cells().get(column);
        if (Numbers.isEmpty(cell)) {
            return null;
        }
        Optional<Integer> value = Numbers.integer(cell);
        if (value.isEmpty()) {
            badNumber(column, cell);
            return null;
        }
        return value.get();
    }

    private @Nullable BigDecimal rate(int column) {
        BigDecimal value = decimal(column);
        if (value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
            draft.problem(
                    row.number(),
                    ProblemType.OUT_OF_RANGE,
                    COLUMNS.get(column),
                    row.cells().get(column),
                    "0",
                    "100");
            bad = true;
        }
        return value;
    }

    private @Nullable BigDecimal decimal(int column) {
        String cell = row.cells().get(column);
        if (Numbers.isEmpty(cell)) {
            return null;
        }
        Optional<BigDecimal> value = Numbers.decimal(cell);
        if (value.isEmpty()) {
            badNumber(column, cell);
            return null;
        }
        return value.get();
    }

    private void badNumber(int column, String cell) {
        draft.problem(row.number(), ProblemType.BAD_NUMBER, COLUMNS.get(column), cell);
        bad = true;
    }
}
