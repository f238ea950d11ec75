package vn.chiso766.app.admin.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chiso766.app.account.PasswordPolicy;
import vn.chiso766.app.admin.NewUser;
import vn.chiso766.app.admin.UnitRow;
import vn.chiso766.app.admin.UserRow;
import vn.chiso766.app.admin.ui.UserFormEvents.ChangeRoleEvent;
import vn.chiso766.app.admin.ui.UserFormEvents.CloseEvent;
import vn.chiso766.app.admin.ui.UserFormEvents.CreateEvent;
import vn.chiso766.app.admin.ui.UserFormEvents.EnabledEvent;
import vn.chiso766.app.admin.ui.UserFormEvents.ResetPasswordEvent;
import vn.chiso766.domain.access.Role;

/**
 * Creates a user, or changes the chosen user's role and scope, access and password. It only fires events; the
 * view calls the service and shows its refusals here.
 */
class UserForm extends Composite<FormLayout> {

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final Select<Role> role = new Select<>();
    private final ComboBox<UnitRow> scope = new ComboBox<>();
    private final PasswordField password = new PasswordField();
    private final Paragraph error = new Paragraph();
    private final Button create = new Button();
    private final Button saveRole = new Button();
    private final Button toggleEnabled = new Button();
    private final Button resetPassword = new Button();
    private final List<UnitRow> units;
    private @Nullable UserRow editing;

    UserForm(List<UnitRow> units) {
        this.units = units;
    }

    @Override
    protected FormLayout initContent() {
        configureFields();
        configureButtons();
        error.setId("user-form-error");
        error.addClassName("page-error");
        FormLayout form = new FormLayout(username, displayName, role, scope, password);
        form.add(new HorizontalLayout(create, saveRole, toggleEnabled, resetPassword, cancelButton()), 2);
        form.add(error, 2);
        form.setId("user-form");
        return form;
    }

    private void configureFields() {
        username.setLabel(getTranslation("admin.user.field.username"));
        username.setId("user-username");
        displayName.setLabel(getTranslation("admin.user.field.displayName"));
        displayName.setId("user-display-name");
        role.setLabel(getTranslation("admin.user.field.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setId("user-role");
        scope.setLabel(getTranslation("admin.user.field.scope"));
        scope.setHelperText(getTranslation("admin.user.field.scopeHelper"));
        scope.setItems(units);
        scope.setItemLabelGenerator(u -> u.name() + " (" + u.code() + ")");
        scope.setClearButtonVisible(true);
        scope.setId("user-scope");
        password.setLabel(getTranslation("admin.user.field.password"));
        password.setHelperText(getTranslation("admin.user.field.passwordHelper", PasswordPolicy.MIN_LENGTH));
        password.setId("user-password");
    }

    private void configureButtons() {
        create.setText(getTranslation("admin.user.create"));
        create.setId("user-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> fireEvent(new CreateEvent(this, newUser())));
        saveRole.setText(getTranslation("admin.user.saveRole"));
        saveRole.setId("user-save-role");
        saveRole.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveRole.addClickListener(e -> fireEvent(new ChangeRoleEvent(this, edited(), role.getValue(), scopeCode())));
        toggleEnabled.setId("user-toggle-enabled");
        toggleEnabled.addClickListener(
                e -> fireEvent(new EnabledEvent(this, edited(), !editedRow().enabled())));
        resetPassword.setText(getTranslation("admin.user.resetPassword"));
        resetPassword.setId("user-reset-password");
        resetPassword.addClickListener(e -> fireEvent(new ResetPasswordEvent(this, edited())));
    }

    private Button cancelButton() {
        Button cancel = new Button(getTranslation("common.cancel"), e -> fireEvent(new CloseEvent(this)));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.setId("user-cancel");
        return cancel;
    }

    void createNew() {
        editing = null;
        username.clear();
        displayName.clear();
        role.clear();
        scope.clear();
        password.clear();
        showMode();
    }

    void edit(UserRow user) {
        editing = user;
        username.setValue(user.username());
        displayName.setValue(user.displayName());
        role.setValue(user.role());
        scope.setValue(units.stream()
                .filter(u -> u.code().equals(user.scopeCode()))
                .findFirst()
                .orElse(null));
        toggleEnabled.setText(getTranslation(user.enabled() ? "admin.user.disable" : "admin.user.enable"));
        showMode();
    }

    private void showMode() {
        boolean creating = editing == null;
        username.setReadOnly(!creating);
        displayName.setReadOnly(!creating);
        password.setVisible(creating);
        create.setVisible(creating);
        saveRole.setVisible(!creating);
        toggleEnabled.setVisible(!creating);
        resetPassword.setVisible(!creating);
        showError(null);
    }

    void showError(@Nullable String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
    }

    private NewUser newUser() {
        return new NewUser(
                username.getValue(), displayName.getValue(), role.getValue(), scopeCode(), password.getValue());
    }

    private @Nullable String scopeCode() {
        return scope.getValue() == null ? null : scope.getValue().code();
    }

    private UserRow editedRow() {
        if (editing == null) {
            throw new IllegalStateException("No user is being edited");
        }
        return editing;
    }

    private String edited() {
        return editedRow().username();
    }

    Registration addCreateListener(ComponentEventListener<CreateEvent> listener) {
        return addListener(CreateEvent.class, listener);
    }

    Registration addChangeRoleListener(ComponentEventListener<ChangeRoleEvent> listener) {
        return addListener(ChangeRoleEvent.class, listener);
    }

    Registration addEnabledListener(ComponentEventListener<EnabledEvent> listener) {
        return addListener(EnabledEvent.class, listener);
    }

    Registration addResetPasswordListener(ComponentEventListener<ResetPasswordEvent> listener) {
        return addListener(ResetPasswordEvent.class, listener);
    }

    Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }
}
