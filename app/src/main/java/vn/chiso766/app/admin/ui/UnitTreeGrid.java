package vn.chiso766.app.admin.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.chiso766.app.admin.UnitRow;
import vn.chiso766.app.i18n.DateFormat;

/** The unit tree with validity dates and successors; several units can be chosen, for a merge. */
class UnitTreeGrid extends Composite<TreeGrid<UnitRow>> {

    private final TreeGrid<UnitRow> grid = new TreeGrid<>();
    private Map<String, UnitRow> byCode = Map.of();

    @Override
    protected TreeGrid<UnitRow> initContent() {
        grid.setId("unit-tree");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addHierarchyColumn(UnitRow::code)
                .setHeader(getTranslation("admin.unit.column.code"))
                .setKey("code");
        grid.addColumn(UnitRow::name)
                .setHeader(getTranslation("admin.unit.column.name"))
                .setKey("name");
        grid.addColumn(u -> getTranslation("unitKind." + u.kind().name()))
                .setHeader(getTranslation("admin.unit.column.kind"))
                .setKey("kind");
        grid.addColumn(u -> DateFormat.format(u.validFrom(), getLocale()))
                .setHeader(getTranslation("admin.unit.column.validFrom"))
                .setKey("validFrom");
        grid.addColumn(u -> DateFormat.format(u.validTo(), getLocale()))
                .setHeader(getTranslation("admin.unit.column.validTo"))
                .setKey("validTo");
        grid.addColumn(u -> u.successorCode() == null ? "" : u.successorCode())
                .setHeader(getTranslation("admin.unit.column.successor"))
                .setKey("successor");
        return grid;
    }

    /** Shows the units, keeping open the branches that were open and opening the way to {@code reveal}. */
    void show(List<UnitRow> units, String... reveal) {
        Set<String> expanded = byCode.values().stream()
                .filter(grid::isExpanded)
                .map(UnitRow::code)
                .collect(Collectors.toSet());
        byCode = units.stream().collect(Collectors.toMap(UnitRow::code, Function.identity()));
        TreeData<UnitRow> tree = new TreeData<>();
        units.stream().filter(u -> parent(u) == null).forEach(u -> add(tree, null, u, units));
        grid.setDataProvider(new TreeDataProvider<>(tree));
        for (String code : reveal) {
            expanded.addAll(ancestors(code));
        }
        grid.expand(expanded.stream().map(byCode::get).filter(Objects::nonNull).toList());
    }

    private void add(TreeData<UnitRow> tree, @Nullable UnitRow parent, UnitRow unit, List<UnitRow> units) {
        tree.addItem(parent, unit);
        units.stream().filter(u -> unit.code().equals(u.parentCode())).forEach(u -> add(tree, unit, u, units));
    }

    private @Nullable UnitRow parent(UnitRow unit) {
        return unit.parentCode() == null ? null : byCode.get(unit.parentCode());
    }

    private List<String> ancestors(String code) {
        List<String> ancestors = new ArrayList<>();
        UnitRow unit = byCode.get(code);
        @Nullable UnitRow parent = unit == null ? null : parent(unit);
        while (parent != null) {
            ancestors.add(parent.code());
            parent = parent(parent);
        }
        return ancestors;
    }

    Set<UnitRow> selected() {
        return grid.getSelectedItems();
    }

    void select(UnitRow... units) {
        grid.asMultiSelect().select(units);
    }

    List<UnitRow> rows() {
        return List.copyOf(byCode.values());
    }

    /** Whether the unit's row can be seen, every branch above it being open. */
    boolean isShown(String code) {
        return byCode.containsKey(code)
                && ancestors(code).stream().map(byCode::get).allMatch(grid::isExpanded);
    }
}
