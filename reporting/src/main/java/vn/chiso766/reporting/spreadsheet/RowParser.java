package vn.chiso766.reporting.spreadsheet;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.period.InvalidPeriodException;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.score.GroupScores;
import vn.chiso766.domain.score.OperationalFigures;
import vn.chiso766.reporting.spreadsheet.SheetProblem.Kind;

/** Gives the cells of one data row their meaning through the header, noting every cell that cannot be read. */
final class RowParser {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final HeaderMap header;

    RowParser(HeaderMap header) {
        this.header = header;
    }

    SheetRow parse(RawRow row) {
        Cells cells = new Cells(row);
        List<SheetProblem> problems = cells.problems;
        if (row.cells().size() > header.width() && !blankBeyondHeader(row)) {
            problems.add(SheetProblem.cell(
                    Kind.TOO_MANY_CELLS, row.position(), null, row.cells().size(), header.width()));
        }
        String code = cells.text(SheetField.UNIT_CODE);
        String name = cells.text(SheetField.UNIT_NAME);
        if (code == null && name == null) {
            problems.add(SheetProblem.cell(Kind.UNIT_MISSING, row.position(), unitHeader()));
        }
        String periodText = cells.raw(ColumnTarget.of(SheetField.PERIOD));
        Period period = cells.period(periodText);
        Map<String, BigDecimal> groups = new LinkedHashMap<>();
        header.groupHeaders().keySet().forEach(groupCode -> {
            BigDecimal points = cells.score(ColumnTarget.group(groupCode), true);
            if (points != null) {
                groups.put(groupCode, points);
            }
        });
        BigDecimal statedTotal = cells.score(ColumnTarget.of(SheetField.STATED_TOTAL), false);
        return new SheetRow(
                row.position(), code, name, periodText, period, groups, cells.figures(), statedTotal, problems);
    }

    private boolean blankBeyondHeader(RawRow row) {
        return row.cells().subList(header.width(), row.cells().size()).stream().allMatch(String::isBlank);
    }

    private @Nullable String unitHeader() {
        String code = header.header(ColumnTarget.of(SheetField.UNIT_CODE));
        return code != null ? code : header.header(ColumnTarget.of(SheetField.UNIT_NAME));
    }

    /** The cells of one row, read by what they hold; problems pile up as they are met. */
    private final class Cells {
        private final RawRow row;
        private final Map<ColumnTarget, String> byTarget = new LinkedHashMap<>();
        private final List<SheetProblem> problems = new ArrayList<>();

        Cells(RawRow row) {
            this.row = row;
            header.byColumn().forEach((column, target) -> byTarget.put(target, clean(row.cell(column))));
        }

        private static String clean(String cell) {
            return Normalizer.normalize(cell.replace('\u00A0', ' ').strip(), Normalizer.Form.NFC);
        }

        String raw(ColumnTarget target) {
            return byTarget.getOrDefault(target, "");
        }

        @Nullable
        String text(SheetField field) {
            String value = raw(ColumnTarget.of(field)).replaceAll("\\s+", " ");
            return value.isEmpty() ? null : value;
        }

        @Nullable
        Period period(String text) {
            String column = header.header(ColumnTarget.of(SheetField.PERIOD));
            if (text.isEmpty()) {
                problems.add(SheetProblem.cell(Kind.PERIOD_MISSING, row.position(), column));
                return null;
            }
            try {
                return PeriodText.parse(text);
            } catch (InvalidPeriodException e) {
                problems.add(SheetProblem.cell(Kind.PERIOD_INVALID, row.position(), column, text));
                return null;
            }
        }

        @Nullable
        BigDecimal score(ColumnTarget target, boolean required) {
            String text = raw(target);
            String column = header.header(target);
            if (text.isEmpty()) {
                if (required) {
                    problems.add(SheetProblem.cell(Kind.VALUE_MISSING, row.position(), column));
                }
                return null;
            }
            BigDecimal value = number(text, column);
            if (value == null) {
                return null;
            }
            if (Numbers.decimals(value) > GroupScores.SCALE) {
                problems.add(SheetProblem.cell(Kind.TOO_MANY_DECIMALS, row.position(), column, text));
                return null;
            }
            return value;
        }

        @Nullable
        Integer count(SheetField field) {
            String text = raw(ColumnTarget.of(field));
            String column = header.header(ColumnTarget.of(field));
            if (text.isEmpty()) {
                return null;
            }
            BigDecimal value = number(text, column);
            if (value == null) {
                return null;
            }
            if (Numbers.decimals(value) > 0 || value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                problems.add(SheetProblem.cell(Kind.NOT_A_WHOLE_NUMBER, row.position(), column, text));
                return null;
            }
            return value.intValueExact();
        }

        @Nullable
        BigDecimal rate(SheetField field) {
            BigDecimal value = score(ColumnTarget.of(field), false);
            if (value != null && value.compareTo(HUNDRED) > 0) {
                problems.add(SheetProblem.cell(
                        Kind.RATE_ABOVE_100,
                        row.position(),
                        header.header(ColumnTarget.of(field)),
                        raw(ColumnTarget.of(field))));
                return null;
            }
            return value;
        }

        private @Nullable BigDecimal number(String text, @Nullable String column) {
            BigDecimal value = Numbers.parse(text);
            if (value == null) {
                problems.add(SheetProblem.cell(Kind.NOT_A_NUMBER, row.position(), column, text));
                return null;
            }
            if (value.signum() < 0) {
                problems.add(SheetProblem.cell(Kind.NEGATIVE, row.position(), column, text));
                return null;
            }
            return value;
        }

        OperationalFigures figures() {
            return new OperationalFigures(
                    count(SheetField.DOSSIERS),
                    count(SheetField.OVERDUE_ON_PORTAL),
                    count(SheetField.OVERDUE_ON_ONE_STOP),
                    rate(SheetField.ONLINE_SUBMISSION_RATE),
                    rate(SheetField.SATISFACTION_RATE),
                    rate(SheetField.ELECTRONIC_RESULT_RATE),
                    rate(SheetField.SYNCHRONISED_RATE),
                    count(SheetField.ELECTRONIC_CERTIFIED_COPIES),
                    count(SheetField.ONLINE_PAYMENTS));
        }
    }
}
