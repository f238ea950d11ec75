package vn.chiso766.app.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.chiso766.app.AppTest;
import vn.chiso766.app.admin.AdminTestData;
import vn.chiso766.app.admin.UserRow;
import vn.chiso766.app.ui.login.LoginView;
import vn.chiso766.db.user.UserAccountRepository;
import vn.chiso766.domain.access.Role;

@AppTest
@WithUserDetails("admin")
@ViewPackages(classes = {UsersView.class, LoginView.class})
class UsersViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    UserAccountRepository users;

    @Autowired
    PasswordEncoder encoder;

    private AdminTestData data;
    private String prefix;

    @BeforeEach
    void setUp() {
        data = AdminTestData.of(context);
        prefix = AdminTestData.uniquePrefix();
    }

    @AfterEach
    void removeTestUsers() {
        data.removeUsers(prefix);
    }

    private void fillNewUser(String username, String roleLabel) {
        test($(Button.class).id("user-new")).click();
        test($(TextField.class).id("user-username")).setValue(username);
        test($(TextField.class).id("user-display-name")).setValue("Cán bộ Phòng Nội vụ (thử)");
        @SuppressWarnings("unchecked")
        Select<Role> role = $(Select.class).id("user-role");
        test(role).selectItem(roleLabel);
    }

    private List<UserRow> gridRows() {
        @SuppressWarnings("unchecked")
        Grid<UserRow> grid = $(Grid.class).id("user-grid");
        var tester = test(grid);
        List<UserRow> rows = new ArrayList<>();
        for (int i = 0; i < tester.size(); i++) {
            rows.add(tester.getRow(i));
        }
        return rows;
    }

    private Optional<UserRow> gridRow(String username) {
        return gridRows().stream().filter(r -> r.username().equals(username)).findFirst();
    }

    @Test
    void the_admin_creates_a_user_through_the_form_and_sees_it_in_the_grid() {
        navigate(UsersView.class);
        String username = prefix + "-officer";
        fillNewUser(username, "Cán bộ tổng hợp");
        @SuppressWarnings("unchecked")
        ComboBox<Object> scope = $(ComboBox.class).id("user-scope");
        test(scope).selectItem("Thành phố Tây Ninh (TNI.TPTN)");
        test($(Button.class).id("user-create")).click();

        String oneTime = $(Span.class).id("one-time-password").getText();
        assertThat(oneTime).hasSize(16);
        assertThat(encoder.matches(
                        oneTime, users.findByUsername(username).orElseThrow().getPasswordHash()))
                .isTrue();
        UserRow row = gridRow(username).orElseThrow();
        assertThat(row.role()).isEqualTo(Role.OFFICER);
        assertThat(row.scopeName()).isEqualTo("Thành phố Tây Ninh");
        assertThat(row.mustChangePassword()).isTrue();
    }

    @Test
    void a_refused_user_is_explained_in_the_form_in_vietnamese() {
        navigate(UsersView.class);
        fillNewUser(prefix + "-noscope", "Lãnh đạo");
        test($(Button.class).id("user-create")).click();

        assertThat($(Paragraph.class).id("user-form-error").getText())
                .isEqualTo("Lãnh đạo, cán bộ tổng hợp và chủ tịch UBND phường, xã phải có đơn vị phụ trách.");
        assertThat(gridRow(prefix + "-noscope")).isEmpty();
    }

    @Test
    void resetting_a_chosen_users_password_shows_a_one_time_password() {
        navigate(UsersView.class);
        String username = prefix + "-chair";
        fillNewUser(username, "Chủ tịch UBND phường, xã");
        @SuppressWarnings("unchecked")
        ComboBox<Object> scope = $(ComboBox.class).id("user-scope");
        test(scope).selectItem("Phường Ninh Sơn (TNI.TPTN.NINHSON)");
        test($(Button.class).id("user-create")).click();
        test($(Button.class).id("one-time-password-close")).click();

        @SuppressWarnings("unchecked")
        Grid<UserRow> grid = $(Grid.class).id("user-grid");
        test(grid).select(gridRows().indexOf(gridRow(username).orElseThrow()));
        test($(Button.class).id("user-reset-password")).click();

        String oneTime = $(Span.class).id("one-time-password").getText();
        assertThat(encoder.matches(
                        oneTime, users.findByUsername(username).orElseThrow().getPasswordHash()))
                .isTrue();
    }

    @Test
    void the_admin_cannot_disable_themselves_from_the_form() {
        navigate(UsersView.class);
        @SuppressWarnings("unchecked")
        Grid<UserRow> grid = $(Grid.class).id("user-grid");
        test(grid).select(gridRows().indexOf(gridRow("admin").orElseThrow()));
        test($(Button.class).id("user-toggle-enabled")).click();

        assertThat($(Paragraph.class).id("user-form-error").getText())
                .isEqualTo("Bạn không thể tự khóa tài khoản của mình hoặc tự bỏ vai trò quản trị.");
        assertThat(users.findByUsername("admin").orElseThrow().isEnabled()).isTrue();
    }
}
