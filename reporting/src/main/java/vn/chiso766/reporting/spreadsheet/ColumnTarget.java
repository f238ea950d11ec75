package vn.chiso766.reporting.spreadsheet;

import org.jspecify.annotations.Nullable;

/** What a column holds: one of the fixed fields, or the points of a criterion group. */
record ColumnTarget(@Nullable SheetField field, @Nullable String groupCode) {

    static ColumnTarget of(SheetField field) {
        return new ColumnTarget(field, null);
    }

    static ColumnTarget group(String code) {
        return new ColumnTarget(null, code);
    }

    @Override
    public String toString() {
        return field != null ? field.templateHeader() : String.valueOf(groupCode);
    }
}
