package vn.chiso766.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The provider in front of the password check: it consults the throttle first and feeds it every outcome. */
class ThrottlingAuthenticationProviderTest {

    private static final String PASSWORD = "right";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, new ThrottleSettings(5, Duration.ofMinutes(5)));
    private final ThrottlingAuthenticationProvider provider =
            new ThrottlingAuthenticationProvider(new PasswordIsRight(), throttle);

    /** Stands in for the bcrypt check: one password is right for everybody. */
    private static final class PasswordIsRight implements AuthenticationProvider {
        @Override
        public Authentication authenticate(Authentication authentication) {
            if (!PASSWORD.equals(authentication.getCredentials())) {
                throw new BadCredentialsException("Bad credentials");
            }
            return UsernamePasswordAuthenticationToken.authenticated(authentication.getName(), null, List.of());
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    }

    private Authentication attempt(String username, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return provider.authenticate(token);
    }

    private void failFiveTimes(String username, String address) {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> attempt(username, "wrong", address))
                    .isInstanceOf(BadCredentialsException.class)
                    .isNotInstanceOf(TooManyAttemptsException.class);
            clock.advance(Duration.ofSeconds(10));
        }
    }

    @Test
    void after_five_wrong_passwords_even_the_right_one_is_refused() {
        failFiveTimes("leader", "10.0.0.1");
        assertThatThrownBy(() -> attempt("leader", PASSWORD, "10.0.0.1")).isInstanceOf(TooManyAttemptsException.class);
        assertThatThrownBy(() -> attempt("leader", PASSWORD, "10.0.0.9"))
                .as("the user is blocked from another address too")
                .isInstanceOf(TooManyAttemptsException.class);
        assertThatThrownBy(() -> attempt("officer", PASSWORD, "10.0.0.1"))
                .as("and the address is blocked for another user")
                .isInstanceOf(TooManyAttemptsException.class);
        assertThat(attempt("officer", PASSWORD, "10.0.0.9").isAuthenticated()).isTrue();
    }

    @Test
    void refused_attempts_do_not_prolong_the_block() {
        Instant firstFailure = clock.instant();
        failFiveTimes("leader", "10.0.0.1");
        // Keep trying wrong passwords while blocked; were they counted, the block would never end.
        while (clock.instant().isBefore(firstFailure.plus(Duration.ofMinutes(5)))) {
            assertThatThrownBy(() -> attempt("leader", "wrong", "10.0.0.1"))
                    .isInstanceOf(TooManyAttemptsException.class);
            clock.advance(Duration.ofSeconds(30));
        }
        assertThat(attempt("leader", PASSWORD, "10.0.0.1").isAuthenticated()).isTrue();
    }

    @Test
    void a_successful_sign_in_clears_the_users_failures() {
        for (String address : List.of("10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4")) {
            assertThatThrownBy(() -> attempt("leader", "wrong", address)).isInstanceOf(BadCredentialsException.class);
        }
        attempt("leader", PASSWORD, "10.0.0.8");
        assertThatThrownBy(() -> attempt("leader", "wrong", "10.0.0.7")).isInstanceOf(BadCredentialsException.class);
        assertThat(attempt("leader", PASSWORD, "10.0.0.7").isAuthenticated())
                .as("one failure since the success, not five")
                .isTrue();
    }
}
