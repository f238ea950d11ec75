package vn.chiso766.app.admin.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.Optional;
import java.util.function.Consumer;
import vn.chiso766.app.admin.UserAdminService;
import vn.chiso766.app.admin.UserRow;

/** The users, read page by page from the service. */
class UserGrid extends Composite<Grid<UserRow>> {

    private final UserAdminService service;
    private final Grid<UserRow> grid = new Grid<>();

    UserGrid(UserAdminService service) {
        this.service = service;
    }

    @Override
    protected Grid<UserRow> initContent() {
        grid.setId("user-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        configureColumns();
        grid.setItems(query -> service.list(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(), query ->
                        (int) service.count())
                // Rows are records and change after an edit; the user name keeps the selection on the same user.
                .setIdentifierProvider(UserRow::username);
        return grid;
    }

    private void configureColumns() {
        grid.addColumn(UserRow::username)
                .setHeader(getTranslation("admin.user.column.username"))
                .setKey("username");
        grid.addColumn(UserRow::displayName)
                .setHeader(getTranslation("admin.user.column.displayName"))
                .setKey("displayName");
        grid.addColumn(u -> getTranslation("role." + u.role().name()))
                .setHeader(getTranslation("admin.user.column.role"))
                .setKey("role");
        grid.addColumn(u -> u.scopeName() == null ? "" : u.scopeName())
                .setHeader(getTranslation("admin.user.column.scope"))
                .setKey("scope");
        grid.addColumn(u -> yesNo(u.enabled()))
                .setHeader(getTranslation("admin.user.column.enabled"))
                .setKey("enabled");
        grid.addColumn(u -> yesNo(u.mustChangePassword()))
                .setHeader(getTranslation("admin.user.column.mustChangePassword"))
                .setKey("mustChangePassword");
    }

    private String yesNo(boolean value) {
        return getTranslation(value ? "common.yes" : "common.no");
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    Optional<UserRow> selected() {
        return grid.asSingleSelect().getOptionalValue();
    }

    void deselectAll() {
        grid.deselectAll();
    }

    void onSelect(Consumer<Optional<UserRow>> listener) {
        grid.asSingleSelect().addValueChangeListener(e -> listener.accept(Optional.ofNullable(e.getValue())));
    }
}
