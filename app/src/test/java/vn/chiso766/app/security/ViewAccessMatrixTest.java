package vn.chiso766.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.chiso766.app.AppTest;
import vn.chiso766.app.account.ui.ChangePasswordView;
import vn.chiso766.app.admin.ui.UnitsView;
import vn.chiso766.app.admin.ui.UsersView;
import vn.chiso766.app.audit.ui.AuditView;
import vn.chiso766.app.heatmap.ui.HeatmapView;
import vn.chiso766.app.overview.ui.OverviewView;
import vn.chiso766.app.ranking.ui.RankingView;
import vn.chiso766.app.shell.ui.MainLayout;
import vn.chiso766.app.ui.login.LoginView;
import vn.chiso766.app.ward.ui.WardView;

/**
 * Every role × every view route, typed into the address bar: the view opens with its content, opens but refuses
 * the data (a scope or ward outside the user's rights: the page says so and shows nothing of it), or the user is
 * sent elsewhere (the sign-in page for anonymous visitors, away from admin pages for everyone but the admin).
 */
@AppTest
@ViewPackages(
        classes = {
            OverviewView.class,
            RankingView.class,
            HeatmapView.class,
            WardView.class,
            AuditView.class,
            UsersView.class,
            UnitsView.class,
            ChangePasswordView.class,
            LoginView.class,
            MainLayout.class
        })
class ViewAccessMatrixTest extends SpringBrowserlessTest {

    /** What a role gets at a route: the view's content, the view with a refusal, or another view. */
    enum Outcome {
        SHOWN,
        REFUSED_IN_VIEW,
        REROUTED
    }

    private static final List<String> ROLES = List.of("anonymous", "admin", "leader", "officer", "chair-ninhson");

    record Route(String path, Class<?> view, String errorId) {}

    @Autowired
    UserDetailsService users;

    static Stream<Arguments> matrix() {
        Map<Route, List<Outcome>> expected = new LinkedHashMap<>();
        Outcome s = Outcome.SHOWN;
        Outcome x = Outcome.REFUSED_IN_VIEW;
        Outcome r = Outcome.REROUTED;
        expected.put(
                new Route("?scope=TNI.TPTN&period=2024-02", OverviewView.class, "overview-error"),
                List.of(r, s, s, s, s));
        expected.put(
                new Route("?scope=TNI&period=2024-02", OverviewView.class, "overview-error"), List.of(r, s, x, x, x));
        expected.put(
                new Route("rankings?scope=TNI.TPTN&period=2024-02", RankingView.class, "ranking-error"),
                List.of(r, s, s, s, s));
        expected.put(
                new Route("rankings?scope=TNI&period=2024-02", RankingView.class, "ranking-error"),
                List.of(r, s, x, x, x));
        expected.put(
                new Route("heatmap?scope=TNI.TPTN&period=2024-02", HeatmapView.class, "heatmap-error"),
                List.of(r, s, s, s, s));
        expected.put(
                new Route("heatmap?scope=TNI&period=2024-02", HeatmapView.class, "heatmap-error"),
                List.of(r, s, x, x, x));
        expected.put(
                new Route("wards/TNI.TPTN.NINHSON?period=2024-02", WardView.class, "ward-error"),
                List.of(r, s, s, s, s));
        expected.put(
                new Route("wards/TNI.TPTN.P1?period=2024-02", WardView.class, "ward-error"), List.of(r, s, s, s, s));
        // Submitted but not approved: a neighbouring ward's chair guessing the address is refused.
        expected.put(
                new Route("wards/TNI.TPTN.HIEPNINH?period=2024-02", WardView.class, "ward-error"),
                List.of(r, s, s, s, x));
        expected.put(new Route("wards/TNI?period=2024-02", WardView.class, "ward-error"), List.of(r, x, x, x, x));
        expected.put(new Route("audit", AuditView.class, ""), List.of(r, s, s, r, r));
        expected.put(new Route("admin/users", UsersView.class, ""), List.of(r, s, r, r, r));
        expected.put(new Route("admin/units", UnitsView.class, ""), List.of(r, s, r, r, r));
        expected.put(new Route("change-password", ChangePasswordView.class, ""), List.of(r, s, s, s, s));
        expected.put(new Route("login", LoginView.class, ""), List.of(s, s, s, s, s));
        List<Arguments> cases = new ArrayList<>();
        expected.forEach((route, outcomes) -> {
            for (int i = 0; i < ROLES.size(); i++) {
                cases.add(Arguments.of(ROLES.get(i), route, outcomes.get(i)));
            }
        });
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} → /{1} → {2}")
    @MethodSource("matrix")
    void every_role_gets_exactly_what_the_rules_allow_at_every_route(String role, Route route, Outcome expected) {
        signInAs(role);
        String[] pathAndQuery = route.path().split("\\?", 2);
        UI.getCurrent()
                .navigate(
                        pathAndQuery[0],
                        pathAndQuery.length > 1
                                ? QueryParameters.fromString(pathAndQuery[1])
                                : QueryParameters.empty());
        Object view = currentViewOrNone();
        switch (expected) {
            case REROUTED -> assertThat(view).isNotInstanceOf(route.view());
            case SHOWN -> {
                assertThat(view).isInstanceOf(route.view());
                if (!route.errorId().isEmpty()) {
                    assertThat($(Paragraph.class).withId(route.errorId()).all())
                            .as("no refusal shown")
                            .isEmpty();
                }
            }
            case REFUSED_IN_VIEW -> {
                assertThat(view).isInstanceOf(route.view());
                assertThat($(Paragraph.class).id(route.errorId()).getText())
                        .isIn(
                                "Bạn không có quyền xem nội dung này.",
                                "Không có đơn vị nào mang mã \"TNI\".",
                                "Tháng này chưa được xếp hạng trong Tỉnh Tây Ninh (chưa có điểm).",
                                "Không có đơn vị nào mang mã \"TNI\".");
            }
        }
    }

    /**
     * An anonymous visitor is sent to the sign-in page by a page redirect outside the router, which leaves the
     * browserless UI without any view: that counts as not reaching the route.
     */
    private Object currentViewOrNone() {
        try {
            return getCurrentView();
        } catch (IndexOutOfBoundsException e) {
            return "no view";
        }
    }

    private void signInAs(String role) {
        if (role.equals("anonymous")) {
            SecurityContextHolder.clearContext();
            return;
        }
        var user = users.loadUserByUsername(role);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
