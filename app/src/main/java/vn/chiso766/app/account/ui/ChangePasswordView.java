package vn.chiso766.app.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import vn.chiso766.app.account.PasswordChangeService;
import vn.chiso766.app.account.PasswordPolicy;
import vn.chiso766.app.i18n.TranslatableException;
import vn.chiso766.app.security.AppUser;
import vn.chiso766.app.ui.LanguageSwitch;
import vn.chiso766.app.ui.Refusals;
import vn.chiso766.app.ui.SignedInUser;

/** The signed-in user's own password; users with a one-time password are kept here until they change it. */
@Route("change-password")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private final PasswordChangeService service;
    private final PasswordField current = new PasswordField();
    private final PasswordField newPassword = new PasswordField();
    private final PasswordField repeated = new PasswordField();
    private final Paragraph error = new Paragraph();

    public ChangePasswordView(PasswordChangeService service, AuthenticationContext authentication) {
        this.service = service;
        setMaxWidth("40em");
        HorizontalLayout header = new HorizontalLayout(
                new H2(getTranslation("account.password.pageTitle")),
                new LanguageSwitch(),
                new SignedInUser(authentication));
        header.setAlignItems(Alignment.BASELINE);
        add(header);
        boolean mustChange = authentication
                .getAuthenticatedUser(AppUser.class)
                .map(AppUser::mustChangePassword)
                .orElse(false);
        if (mustChange) {
            Paragraph notice = new Paragraph(getTranslation("account.password.mustChange"));
            notice.setId("must-change-notice");
            add(notice);
        }
        configureFields();
        add(current, newPassword, repeated, error, createSubmit());
    }

    private void configureFields() {
        current.setLabel(getTranslation("account.password.current"));
        current.setId("current-password");
        newPassword.setLabel(getTranslation("account.password.new"));
        newPassword.setHelperText(getTranslation("account.password.newHelper", PasswordPolicy.MIN_LENGTH));
        newPassword.setId("new-password");
        repeated.setLabel(getTranslation("account.password.repeat"));
        repeated.setId("repeat-password");
        for (PasswordField field : new PasswordField[] {current, newPassword, repeated}) {
            field.setWidthFull();
        }
        error.setId("change-password-error");
        error.addClassName("page-error");
        error.setVisible(false);
    }

    private Button createSubmit() {
        Button submit = new Button(getTranslation("account.password.submit"), e -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("change-password-submit");
        return submit;
    }

    private void submit() {
        try {
            service.change(current.getValue(), newPassword.getValue(), repeated.getValue());
        } catch (TranslatableException refusal) {
            error.setText(Refusals.message(this, refusal));
            error.setVisible(true);
            return;
        }
        Notification.show(getTranslation("account.password.changed"));
        UI.getCurrent().navigate("");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.password.pageTitle") + " — " + getTranslation("app.title");
    }
}
