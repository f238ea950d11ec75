package vn.chiso766.app.security;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso766.db.user.UserAccountEntity;
import vn.chiso766.db.user.UserAccountRepository;
import vn.chiso766.domain.access.Grant;

@Service
@Transactional(readOnly = true)
class AppUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;

    AppUserDetailsService(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    public AppUser loadUserByUsername(String username) {
        return users.findByUsername(username)
                .map(AppUserDetailsService::toAppUser)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    static AppUser toAppUser(UserAccountEntity user) {
        String scope = user.getScope() == null ? "" : user.getScope().getCode();
        return new AppUser(
                user.getUsername(),
                user.getDisplayName(),
                user.getPasswordHash(),
                new Grant(user.getRole(), scope),
                user.isEnabled(),
                user.isMustChangePassword());
    }
}
