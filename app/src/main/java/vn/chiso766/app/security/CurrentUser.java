package vn.chiso766.app.security;

import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.chiso766.domain.access.Grant;

/** The signed-in user of the current request or UI, for services, access checks and the audit trail. */
@Component
public class CurrentUser {

    public Optional<AppUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AppUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public AppUser require() {
        return find().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not signed in"));
    }

    public Grant grant() {
        return require().grant();
    }

    public String username() {
        return find().map(AppUser::username).orElse("system");
    }

    /**
     * The session keeps the user as signed in; after a password change its copy must stop asking for one. The
     * context is the session's own object, so replacing its authentication lasts for the rest of the session.
     */
    public void markPasswordChanged() {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication authentication = context.getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof AppUser user
                && user.mustChangePassword()) {
            UsernamePasswordAuthenticationToken updated = UsernamePasswordAuthenticationToken.authenticated(
                    user.withPasswordChanged(), null, authentication.getAuthorities());
            updated.setDetails(authentication.getDetails());
            context.setAuthentication(updated);
        }
    }
}
