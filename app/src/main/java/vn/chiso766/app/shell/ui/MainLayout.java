package vn.chiso766.app.shell.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import vn.chiso766.app.ranking.RankingService;
import vn.chiso766.app.security.AppUser;
import vn.chiso766.app.ui.LanguageSwitch;
import vn.chiso766.app.ui.SignedInUser;
import vn.chiso766.domain.access.Role;

/**
 * The frame of every signed-in page: navigation, the scope and period pickers shared by the comparison views,
 * the language switch and the signed-in user. Views keep their state in the URL; the pickers only rewrite it.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final ScopePeriodBar scopePeriod;

    public MainLayout(RankingService rankings, AuthenticationContext authentication) {
        this.scopePeriod = new ScopePeriodBar(rankings);
        setPrimarySection(Section.DRAWER);
        addToNavbar(true, createNavbar(authentication));
        addToDrawer(createTitle(), createNavigation(authentication));
    }

    private HorizontalLayout createNavbar(AuthenticationContext authentication) {
        HorizontalLayout bar = new HorizontalLayout(
                new DrawerToggle(), scopePeriod, new LanguageSwitch(), new SignedInUser(authentication));
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(scopePeriod);
        bar.addClassName("shell-navbar");
        // On a tablet the pickers, the language switch and the user take two lines rather than leaving the screen.
        bar.getStyle().set("flex-wrap", "wrap").set("row-gap", "var(--lumo-space-xs)");
        return bar;
    }

    private Span createTitle() {
        Span title = new Span(getTranslation("app.shortTitle"));
        title.addClassName("shell-title");
        return title;
    }

    private SideNav createNavigation(AuthenticationContext authentication) {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        nav.addItem(new SideNavItem(getTranslation("nav.overview"), ""));
        nav.addItem(new SideNavItem(getTranslation("nav.rankings"), "rankings"));
        nav.addItem(new SideNavItem(getTranslation("nav.heatmap"), "heatmap"));
        Role role = authentication
                .getAuthenticatedUser(AppUser.class)
                .map(u -> u.grant().role())
                .orElse(null);
        if (role == Role.OFFICER || role == Role.WARD_CHAIR) {
            nav.addItem(new SideNavItem(getTranslation("nav.entry"), "reports/edit"));
            nav.addItem(new SideNavItem(getTranslation("nav.importReport"), "import/report"));
        }
        if (role == Role.OFFICER || role == Role.WARD_CHAIR || role == Role.ADMIN) {
            nav.addItem(new SideNavItem(getTranslation("nav.import"), "import"));
        }
        if (role == Role.ADMIN || role == Role.LEADER) {
            nav.addItem(new SideNavItem(getTranslation("nav.audit"), "audit"));
        }
        if (role == Role.ADMIN) {
            nav.addItem(new SideNavItem(getTranslation("nav.users"), "admin/users"));
            nav.addItem(new SideNavItem(getTranslation("nav.units"), "admin/units"));
        }
        return nav;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        scopePeriod.show(event.getLocation());
    }
}
