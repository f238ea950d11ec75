package vn.chiso766.app.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.chiso766.app.AppTest;
import vn.chiso766.app.admin.AdminTestData;
import vn.chiso766.app.admin.NewUser;
import vn.chiso766.app.admin.UserAdminService;
import vn.chiso766.app.overview.ui.OverviewView;
import vn.chiso766.app.ranking.ui.RankingView;
import vn.chiso766.app.security.AppUser;
import vn.chiso766.app.ui.login.LoginView;
import vn.chiso766.domain.access.Role;

@AppTest
// The admin creates the user in setUp; the test then continues as that user, signed in with the one-time password.
@WithUserDetails("admin")
@ViewPackages(classes = {ChangePasswordView.class, RankingView.class, LoginView.class, OverviewView.class})
class MustChangePasswordFlowTest extends SpringBrowserlessTest {

    @Autowired
    UserAdminService admin;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    ApplicationContext context;

    private AdminTestData data;
    private String prefix;
    private String oneTime;

    @BeforeEach
    void createUserWithOneTimePasswordAndSignIn() {
        data = AdminTestData.of(context);
        prefix = AdminTestData.uniquePrefix();
        String username = prefix + "-leader";
        oneTime = admin.create(new NewUser(username, "Lãnh đạo mới", Role.LEADER, "TNI.TPTN", null))
                .oneTimePassword();
        AppUser user = (AppUser) userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @AfterEach
    void removeTestUser() {
        data.removeUsers(prefix);
    }

    private void submit(String current, String next, String repeated) {
        test($(PasswordField.class).id("current-password")).setValue(current);
        test($(PasswordField.class).id("new-password")).setValue(next);
        test($(PasswordField.class).id("repeat-password")).setValue(repeated);
        test($(Button.class).id("change-password-submit")).click();
    }

    @Test
    void a_user_with_a_one_time_password_is_sent_to_change_it_and_then_reaches_the_rankings() {
        UI.getCurrent().navigate("rankings");
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
        assertThat($(Paragraph.class).id("must-change-notice").getText())
                .isEqualTo("Bạn cần đặt mật khẩu của riêng mình trước khi tiếp tục.");

        submit("wrong-password", "my-own-password-2025", "my-own-password-2025");
        assertThat($(Paragraph.class).id("change-password-error").getText()).isEqualTo("Mật khẩu hiện tại không đúng.");
        UI.getCurrent().navigate("rankings");
        assertThat(getCurrentView())
                .as("still sent back after a failed attempt")
                .isInstanceOf(ChangePasswordView.class);

        submit(oneTime, "my-own-password-2025", "my-own-password-2025");
        assertThat(getCurrentView()).as("the landing page").isInstanceOf(OverviewView.class);
        UI.getCurrent().navigate("rankings");
        assertThat(getCurrentView()).isInstanceOf(RankingView.class);
        assertThat($(Anchor.class).id("change-password-link").getHref())
                .as("the way back for a later change")
                .isEqualTo("change-password");
    }

    @Test
    void the_sign_in_view_stays_reachable() {
        UI.getCurrent().navigate("login");
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }
}
