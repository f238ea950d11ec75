package vn.chiso766.app.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.chiso766.domain.access.Grant;

/** The signed-in person as Spring Security keeps it in the session: name, role and scope, no password. */
public record AppUser(
        String username,
        String displayName,
        String passwordHash,
        Grant grant,
        boolean enabled,
        boolean mustChangePassword)
        implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + grant.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** The hash is only needed while authenticating; Spring erases it afterwards through this copy. */
    public AppUser withoutPassword() {
        return new AppUser(username, displayName, "", grant, enabled, mustChangePassword);
    }

    public AppUser withPasswordChanged() {
        return new AppUser(username, displayName, passwordHash, grant, enabled, false);
    }

    @Override
    public String toString() {
        return "AppUser[" + username + ", " + grant + "]";
    }
}
