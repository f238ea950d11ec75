package vn.chiso766.app.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.chiso766.app.AppTest;
import vn.chiso766.app.ui.login.LoginView;

/** The administration is reachable by its address for the admin only; typing it gets nobody else in. */
@AppTest
@ViewPackages(classes = {UsersView.class, UnitsView.class, LoginView.class})
class AdminViewsAccessTest extends SpringBrowserlessTest {

    private void assertRefused(String location, Class<?> view) {
        UI.getCurrent().navigate(location);
        assertThat(getCurrentView()).isNotInstanceOf(view);
        assertThat($(Grid.class).all()).isEmpty();
    }

    @Test
    @WithUserDetails("leader")
    void a_leader_typing_the_users_address_does_not_get_the_view() {
        assertRefused("admin/users", UsersView.class);
        assertRefused("admin/units", UnitsView.class);
    }

    @Test
    @WithUserDetails("officer")
    void an_officer_typing_the_units_address_does_not_get_the_view() {
        assertRefused("admin/units", UnitsView.class);
    }

    @Test
    @WithUserDetails("chair-ninhson")
    void a_ward_chair_does_not_get_the_administration_either() {
        assertRefused("admin/users", UsersView.class);
    }

    @Test
    @WithUserDetails("admin")
    void the_admin_reaches_both_views_by_their_addresses() {
        UI.getCurrent().navigate("admin/users");
        assertThat(getCurrentView()).isInstanceOf(UsersView.class);
        UI.getCurrent().navigate("admin/units");
        assertThat(getCurrentView()).isInstanceOf(UnitsView.class);
    }
}
