package vn.chiso766.app.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;
import vn.chiso766.app.AppTest;
import vn.chiso766.app.security.TooManyAttemptsException;

/**
 * What the sign-in page shows after Spring Security sends the browser back with {@code ?error}: the form's own
 * error for a wrong password, the throttle's message instead when the last failure was a refusal. The form post
 * itself needs a browser; SignInEndToEndTest covers it.
 */
@AppTest
@ViewPackages(classes = LoginView.class)
class LoginViewTest extends SpringBrowserlessTest {

    @AfterEach
    void forgetTheFailure() {
        VaadinSession.getCurrent().getSession().removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private void lastFailureWas(Exception exception) {
        // Where Spring Security's failure handler keeps the exception for the page it redirects to.
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, exception);
    }

    private void openAfterFailure() {
        UI.getCurrent().navigate(LoginView.class, QueryParameters.simple(Map.of("error", "")));
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    private LoginForm form() {
        return $(LoginForm.class).id("login-form");
    }

    /** Only visible components are found, so a hidden message does not exist for the query. */
    private boolean throttledMessageShown() {
        return $(Paragraph.class).withId("login-throttled").exists();
    }

    @Test
    void a_first_visit_shows_the_form_without_any_error() {
        navigate("login", LoginView.class);
        assertThat(form().isError()).isFalse();
        assertThat(throttledMessageShown()).isFalse();
        assertThat($(Paragraph.class).id("demo-users").getText())
                .isEqualTo(
                        "Bản trình diễn: đăng nhập bằng admin, leader, officer hoặc chair-ninhson, mật khẩu \"demo\".");
    }

    @Test
    void a_wrong_password_marks_the_form_and_says_nothing_about_throttling() {
        lastFailureWas(new BadCredentialsException("Bad credentials"));
        openAfterFailure();
        assertThat(form().isError()).isTrue();
        assertThat(throttledMessageShown()).isFalse();
    }

    @Test
    void a_throttled_attempt_shows_the_translated_wait_message_instead_of_the_password_error() {
        lastFailureWas(new TooManyAttemptsException());
        openAfterFailure();
        assertThat(throttledMessageShown()).isTrue();
        assertThat($(Paragraph.class).id("login-throttled").getText())
                .isEqualTo("Đăng nhập sai quá nhiều lần với tài khoản này hoặc từ máy này."
                        + " Vui lòng chờ vài phút rồi thử lại.");
        assertThat(form().isError()).isFalse();
    }
}
