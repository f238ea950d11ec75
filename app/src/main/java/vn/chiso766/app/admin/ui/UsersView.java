package vn.chiso766.app.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Consumer;
import java.util.function.Supplier;
import vn.chiso766.app.admin.CreatedUser;
import vn.chiso766.app.admin.UnitAdminService;
import vn.chiso766.app.admin.UserAdminService;
import vn.chiso766.app.admin.UserRow;
import vn.chiso766.app.i18n.TranslatableException;
import vn.chiso766.app.ui.Refusals;

/** The administrator's list of users, with the form to create one or change the chosen one. */
@Route("admin/users")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserAdminService service;
    private final UserGrid grid;
    private final UserForm form;

    public UsersView(UserAdminService service, UnitAdminService units, AuthenticationContext authentication) {
        this.service = service;
        this.grid = new UserGrid(service);
        this.form = new UserForm(units.list());
        setSizeFull();
        HorizontalLayout content = new HorizontalLayout(grid, form);
        content.setSizeFull();
        content.setFlexGrow(2, grid);
        content.setFlexGrow(1, form);
        add(new AdminHeader("admin.users.pageTitle", authentication), createToolbar(), content);
        configureForm();
        grid.onSelect(selected -> selected.ifPresentOrElse(this::edit, this::closeForm));
        closeForm();
    }

    private Button createToolbar() {
        Button newUser = new Button(getTranslation("admin.users.new"), e -> {
            grid.deselectAll();
            form.createNew();
            form.setVisible(true);
        });
        newUser.setId("user-new");
        return newUser;
    }

    private void configureForm() {
        form.addCreateListener(e -> run(() -> service.create(e.request()), this::created));
        form.addChangeRoleListener(
                e -> run(() -> service.changeRole(e.username(), e.role(), e.scopeCode()), this::updated));
        form.addEnabledListener(e -> run(() -> service.setEnabled(e.username(), e.enabled()), this::updated));
        form.addResetPasswordListener(
                e -> run(() -> service.resetPassword(e.username()), password -> showPassword(e.username(), password)));
        form.addCloseListener(e -> closeForm());
    }

    private void created(CreatedUser created) {
        Notification.show(getTranslation("admin.user.created", created.user().username()));
        grid.refresh();
        if (created.oneTimePassword() != null) {
            showPassword(created.user().username(), created.oneTimePassword());
        }
        closeForm();
    }

    private void updated(UserRow user) {
        Notification.show(getTranslation("admin.user.updated", user.username()));
        grid.refresh();
        form.edit(user);
    }

    private void showPassword(String username, String password) {
        grid.refresh();
        new OneTimePasswordDialog(username, password).open();
    }

    private void edit(UserRow user) {
        form.edit(user);
        form.setVisible(true);
    }

    private void closeForm() {
        form.setVisible(false);
    }

    /** Runs a service call and then its follow-up; a refusal is shown in the form instead. */
    private <T> void run(Supplier<T> call, Consumer<T> then) {
        T result;
        try {
            result = call.get();
        } catch (TranslatableException refusal) {
            form.showError(Refusals.message(this, refusal));
            return;
        }
        then.accept(result);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.users.pageTitle") + " — " + getTranslation("app.title");
    }

    UserGrid grid() {
        return grid;
    }
}
