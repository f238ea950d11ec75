package vn.chiso766.reporting.export.table;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import vn.chiso766.domain.criteria.Criterion;
import vn.chiso766.domain.unit.Unit;
import vn.chiso766.reporting.export.Labels;

/**
 * The ranking as CSV for scripts and spreadsheets: UTF-8 with a byte order mark (so that Excel reads the
 * diacritics right), one header row, RFC 4180 quoting, a decimal point, movement as a signed number of places,
 * the unit's code beside its name, the group columns headed by their codes. Units without a report come last.
 */
public final class RankingCsv {

    private static final char BOM = '\uFEFF';

    private RankingCsv() {}

    public static void write(ComparisonTable table, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BOM);
        writer.write(header(table).toLine());
        for (ComparisonRow row : table.rows()) {
            writer.write(ranked(row, table).toLine());
        }
        for (Unit unit : table.missing()) {
            writer.write(missing(unit, table).toLine());
        }
        writer.flush();
    }

    private static CsvLine header(ComparisonTable table) {
        CsvLine line = new CsvLine()
                .text(Labels.RANK)
                .text(Labels.MOVEMENT)
                .text(Labels.UNIT_CODE)
                .text(Labels.UNIT)
                .text(Labels.TOTAL)
                .text(Labels.CHANGE)
                .text(Labels.BAND);
        table.criteria().stream().map(Criterion::code).forEach(line::text);
        return line.text(Labels.WEAKEST).text(Labels.POINTS_LOST).text("Ghi chú");
    }

    private static CsvLine ranked(ComparisonRow row, ComparisonTable table) {
        CsvLine line = new CsvLine()
                .number(row.rank())
                .number(row.movement())
                .text(row.unit().code())
                .text(row.unit().name())
                .number(row.total())
                .number(row.change())
                .text(Labels.band(row.band()));
        row.groups().forEach(line::number);
        return line.text(
                        row.weakest() == null ? null : row.weakest().criterion().code())
                .number(row.weakest() == null ? null : row.weakest().pointsLost())
                .text(ComparisonText.note(row, table.monthsInPeriod()));
    }

    private static CsvLine missing(Unit unit, ComparisonTable table) {
        CsvLine line = new CsvLine()
                .text(null)
                .text(null)
                .text(unit.code())
                .text(unit.name())
                .text(null)
                .text(null)
                .text(Labels.NO_REPORT);
        table.criteria().forEach(c -> line.text(null));
        return line.text(null).text(null).text(null);
    }
}
