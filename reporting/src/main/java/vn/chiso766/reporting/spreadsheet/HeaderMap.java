package vn.chiso766.reporting.spreadsheet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.criteria.Criterion;

/**
 * Which column holds what, found from the header row. The header is the first of the first rows that names both a
 * unit column and a period column, so a title line above it does no harm.
 */
final class HeaderMap {

    static final int ROWS_SEARCHED = 10;

    /** The portal calls the online-services group CLGQ in some answers; people copy either name. */
    private static final String ONLINE = "ONLINE";

    private static final String ONLINE_ALIAS = "clgq";

    private final RawRow headerRow;
    private final Map<Integer, ColumnTarget> byColumn;
    private final Map<ColumnTarget, String> headers;
    private final List<SheetProblem> problems;

    private HeaderMap(
            RawRow headerRow,
            Map<Integer, ColumnTarget> byColumn,
            Map<ColumnTarget, String> headers,
            List<SheetProblem> problems) {
        this.headerRow = headerRow;
        this.byColumn = byColumn;
        this.headers = headers;
        this.problems = problems;
    }

    static Optional<HeaderMap> find(List<RawRow> rows, CriteriaCatalogue catalogue) {
        Map<String, ColumnTarget> dictionary = dictionary(catalogue);
        return rows.stream()
                .limit(ROWS_SEARCHED)
                .map(row -> map(row, dictionary, catalogue))
                .filter(HeaderMap::namesUnitAndPeriod)
                .findFirst();
    }

    /** Codes first, then the fixed fields, then group names: a key that could mean two things takes the first. */
    private static Map<String, ColumnTarget> dictionary(CriteriaCatalogue catalogue) {
        Map<String, ColumnTarget> dictionary = new HashMap<>();
        for (Criterion criterion : catalogue.criteria()) {
            dictionary.put(HeaderKey.normalize(criterion.code()), ColumnTarget.group(criterion.code()));
        }
        if (catalogue.find(ONLINE).isPresent()) {
            dictionary.put(ONLINE_ALIAS, ColumnTarget.group(ONLINE));
        }
        for (SheetField field : SheetField.values()) {
            field.keys().forEach(key -> dictionary.putIfAbsent(key, ColumnTarget.of(field)));
        }
        for (Criterion criterion : catalogue.criteria()) {
            dictionary.putIfAbsent(HeaderKey.normalize(criterion.nameVi()), ColumnTarget.group(criterion.code()));
            dictionary.putIfAbsent(HeaderKey.normalize(criterion.nameEn()), ColumnTarget.group(criterion.code()));
        }
        return dictionary;
    }

    private static HeaderMap map(RawRow row, Map<String, ColumnTarget> dictionary, CriteriaCatalogue catalogue) {
        Map<Integer, ColumnTarget> byColumn = new LinkedHashMap<>();
        Map<ColumnTarget, String> headers = new LinkedHashMap<>();
        List<SheetProblem> problems = new ArrayList<>();
        for (int column = 0; column < row.cells().size(); column++) {
            String header = row.cell(column).strip();
            if (header.isEmpty()) {
                continue;
            }
            ColumnTarget target = lookUp(header, dictionary);
            if (target == null) {
                problems.add(SheetProblem.cell(SheetProblem.Kind.UNKNOWN_COLUMN, row.position(), header, header));
            } else if (headers.containsKey(target)) {
                problems.add(SheetProblem.cell(
                        SheetProblem.Kind.DUPLICATE_COLUMN,
                        row.position(),
                        header,
                        headers.get(target),
                        header,
                        target.toString()));
            } else {
                byColumn.put(column, target);
                headers.put(target, header);
            }
        }
        for (Criterion criterion : catalogue.criteria()) {
            if (!headers.containsKey(ColumnTarget.group(criterion.code()))) {
                problems.add(SheetProblem.cell(
                        SheetProblem.Kind.MISSING_COLUMN,
                        row.position(),
                        null,
                        criterion.code(),
                        ImportTemplate.groupHeader(criterion)));
            }
        }
        return new HeaderMap(row, byColumn, headers, problems);
    }

    private static @Nullable ColumnTarget lookUp(String header, Map<String, ColumnTarget> dictionary) {
        for (String candidate : HeaderKey.of(header).candidates()) {
            ColumnTarget target = dictionary.get(candidate);
            if (target != null) {
                return target;
            }
        }
        return null;
    }

    private boolean namesUnitAndPeriod() {
        return has(SheetField.PERIOD) && (has(SheetField.UNIT_CODE) || has(SheetField.UNIT_NAME));
    }

    boolean has(SheetField field) {
        return headers.containsKey(ColumnTarget.of(field));
    }

    RawRow headerRow() {
        return headerRow;
    }

    Map<Integer, ColumnTarget> byColumn() {
        return byColumn;
    }

    int width() {
        return headerRow.cells().size();
    }

    @Nullable
    String header(ColumnTarget target) {
        return headers.get(target);
    }

    /** Each group's header as the file writes it, by criterion code. */
    Map<String, String> groupHeaders() {
        Map<String, String> groups = new LinkedHashMap<>();
        headers.forEach((target, header) -> {
            if (target.groupCode() != null) {
                groups.put(target.groupCode(), header);
            }
        });
        return groups;
    }

    Map<SheetField, String> fieldHeaders() {
        Map<SheetField, String> fields = new EnumMap<>(SheetField.class);
        headers.forEach((target, header) -> {
            if (target.field() != null) {
                fields.put(target.field(), header);
            }
        });
        return fields;
    }

    List<SheetProblem> problems() {
        return problems;
    }
}
