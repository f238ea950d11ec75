package vn.chiso766.app.ui.login;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.web.WebAttributes;
import vn.chiso766.app.security.DemoUsersHint;
import vn.chiso766.app.security.TooManyAttemptsException;
import vn.chiso766.app.ui.LanguageSwitch;

/** The sign-in page, in the session's language; explains refused and throttled attempts. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Paragraph throttled = new Paragraph();

    public LoginView(DemoUsersHint demoUsers) {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setI18n(i18n());
        form.setForgotPasswordButtonVisible(false);
        form.setId("login-form");
        throttled.setId("login-throttled");
        throttled.addClassName("page-error");
        throttled.setVisible(false);
        add(new LanguageSwitch(), new H1(getTranslation("app.title")), throttled, form);
        if (demoUsers.isDemoInstallation()) {
            Paragraph hint = new Paragraph(getTranslation("login.demoUsers"));
            hint.setId("demo-users");
            hint.addClassName("demo-notice");
            add(hint);
        }
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.username"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean error = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        boolean isThrottled = error && lastFailureWasThrottled();
        throttled.setText(getTranslation("login.throttled"));
        throttled.setVisible(isThrottled);
        form.setError(error && !isThrottled);
    }

    private static boolean lastFailureWasThrottled() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return false;
        }
        // Spring Security keeps the last sign-in failure in the HTTP session for the page it redirects to.
        return session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)
                instanceof TooManyAttemptsException;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " — " + getTranslation("app.title");
    }
}
