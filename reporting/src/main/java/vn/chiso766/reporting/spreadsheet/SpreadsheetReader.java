package vn.chiso766.reporting.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.criteria.Criterion;
import vn.chiso766.reporting.spreadsheet.SheetProblem.Kind;

/**
 * Reads a score spreadsheet, XLSX or CSV, into rows: one per unit and period, with a unit code or name, a period,
 * the catalogue's groups and optional figures. Nothing is decided here about units or access; that is the
 * importer's business. Values above a group's maximum are left for the score card validator to judge.
 */
public final class SpreadsheetReader {

    /** More rows than a country has communes, times a year of months, is not a monthly return. */
    public static final int MAX_ROWS = 100_000;

    private final CriteriaCatalogue catalogue;

    public SpreadsheetReader(CriteriaCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public SheetResult read(byte[] bytes, SheetFormat format) {
        PositionKind positionKind = format == SheetFormat.XLSX ? PositionKind.ROW : PositionKind.LINE;
        if (bytes.length == 0) {
            return SheetResult.unreadable(format, positionKind, List.of(SheetProblem.file(Kind.EMPTY_FILE)));
        }
        try {
            RawSheet sheet =
                    format == SheetFormat.XLSX ? XlsxReader.read(bytes, MAX_ROWS) : CsvReader.read(bytes, MAX_ROWS);
            return interpret(format, sheet);
        } catch (SheetProblemException e) {
            return SheetResult.unreadable(format, positionKind, List.of(e.problem()));
        }
    }

    private SheetResult interpret(SheetFormat format, RawSheet sheet) {
        List<SheetProblem> fileProblems = new ArrayList<>(sheet.warnings());
        if (sheet.rows().isEmpty()) {
            fileProblems.add(SheetProblem.file(Kind.EMPTY_FILE));
            return SheetResult.unreadable(format, sheet.positionKind(), fileProblems);
        }
        Optional<HeaderMap> found = HeaderMap.find(sheet.rows(), catalogue);
        if (found.isEmpty()) {
            fileProblems.add(SheetProblem.file(Kind.NO_HEADER, HeaderMap.ROWS_SEARCHED, expectedHeaders()));
            return SheetResult.unreadable(format, sheet.positionKind(), fileProblems);
        }
        HeaderMap header = found.get();
        fileProblems.addAll(header.problems());
        List<RawRow> data = sheet.rows()
                .subList(
                        sheet.rows().indexOf(header.headerRow()) + 1,
                        sheet.rows().size());
        if (data.isEmpty()) {
            fileProblems.add(SheetProblem.file(Kind.NO_ROWS));
        }
        if (fileProblems.stream().anyMatch(p -> !p.isWarning())) {
            return new SheetResult(
                    format,
                    sheet.positionKind(),
                    List.of(),
                    fileProblems,
                    header.groupHeaders(),
                    header.fieldHeaders());
        }
        RowParser parser = new RowParser(header);
        return new SheetResult(
                format,
                sheet.positionKind(),
                data.stream().map(parser::parse).toList(),
                fileProblems,
                header.groupHeaders(),
                header.fieldHeaders());
    }

    private String expectedHeaders() {
        List<String> headers = new ArrayList<>();
        headers.add("“" + SheetField.UNIT_CODE.templateHeader() + "”");
        headers.add("“" + SheetField.PERIOD.templateHeader() + "”");
        for (Criterion criterion : catalogue.criteria()) {
            headers.add("“" + ImportTemplate.groupHeader(criterion) + "”");
        }
        return String.join(", ", headers);
    }
}
