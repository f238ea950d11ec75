package vn.chiso766.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The throttle alone, with the production defaults (5 failures in 5 minutes) and a clock the test moves. */
class LoginThrottleTest {

    private static final String HOME = "10.0.0.1";
    private static final String ELSEWHERE = "10.0.0.2";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, new ThrottleSettings(5, Duration.ofMinutes(5)));

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(username, address);
            clock.advance(Duration.ofSeconds(10));
        }
    }

    @Test
    void four_failures_still_allow_a_fifth_attempt() {
        fail("leader", HOME, 4);
        assertThat(throttle.isBlocked("leader", HOME)).isFalse();
    }

    @Test
    void the_fifth_failure_blocks_the_user_from_any_address() {
        fail("leader", HOME, 5);
        assertThat(throttle.isBlocked("leader", HOME)).isTrue();
        assertThat(throttle.isBlocked("leader", ELSEWHERE)).isTrue();
    }

    @Test
    void the_user_name_is_matched_without_regard_to_case() {
        fail("Leader", HOME, 5);
        assertThat(throttle.isBlocked("LEADER", ELSEWHERE)).isTrue();
    }

    @Test
    void the_fifth_failure_from_one_address_blocks_every_user_there_but_not_elsewhere() {
        fail("a", HOME, 2);
        fail("b", HOME, 2);
        fail("c", HOME, 1);
        assertThat(throttle.isBlocked("someone-else", HOME)).isTrue();
        assertThat(throttle.isBlocked("someone-else", ELSEWHERE)).isFalse();
        assertThat(throttle.isBlocked("a", ELSEWHERE)).isFalse();
    }

    @Test
    void after_the_window_a_correct_attempt_works_again_and_clears_the_count() {
        fail("leader", HOME, 5);
        clock.advance(Duration.ofMinutes(5));
        assertThat(throttle.isBlocked("leader", HOME)).isFalse();
        throttle.recordSuccess("leader");
        fail("leader", ELSEWHERE, 4);
        assertThat(throttle.isBlocked("leader", ELSEWHERE)).isFalse();
    }

    @Test
    void the_block_lifts_as_the_oldest_failure_leaves_the_window() {
        fail("leader", HOME, 5);
        // The first failure was 50 s before now; it leaves the 5-minute window 4 min 10 s from now.
        clock.advance(Duration.ofMinutes(4).plusSeconds(9));
        assertThat(throttle.isBlocked("leader", HOME)).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.isBlocked("leader", HOME)).isFalse();
    }

    @Test
    void a_success_clears_the_users_count_but_not_the_addresss() {
        fail("leader", HOME, 4);
        throttle.recordSuccess("leader");
        fail("leader", ELSEWHERE, 4);
        assertThat(throttle.isBlocked("leader", ELSEWHERE)).isFalse();

        fail("officer", HOME, 1);
        assertThat(throttle.isBlocked("officer", HOME))
                .as("the four earlier failures from HOME still count for the address")
                .isTrue();
    }

    @Test
    void reset_forgets_every_failure() {
        fail("leader", HOME, 5);
        throttle.reset();
        assertThat(throttle.isBlocked("leader", HOME)).isFalse();
    }
}
