package vn.chiso766.app.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per user name and per client address in a sliding window. Once either reaches the
 * limit, attempts are refused until the oldest failure leaves the window; refused attempts are not counted, so
 * the refusal ends on its own.
 */
@Component
public class LoginThrottle {

    private final Clock clock;
    private final ThrottleSettings settings;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock, ThrottleSettings settings) {
        this.clock = clock;
        this.settings = settings;
    }

    public boolean isBlocked(String username, String address) {
        return count(userKey(username)) >= settings.maxFailures()
                || count(addressKey(address)) >= settings.maxFailures();
    }

    public void recordFailure(String username, String address) {
        Instant now = clock.instant();
        for (String key : new String[] {userKey(username), addressKey(address)}) {
            failures.compute(key, (k, times) -> {
                Deque<Instant> deque = times == null ? new ArrayDeque<>() : times;
                deque.addLast(now);
                return deque;
            });
        }
    }

    public void recordSuccess(String username) {
        failures.remove(userKey(username));
    }

    /**
     * Forgets every failure. Only tests call this: they all sign in from 127.0.0.1, so failures recorded by one
     * test would count against that address in every later test of the same run.
     */
    public void reset() {
        failures.clear();
    }

    private int count(String key) {
        Instant oldest = clock.instant().minus(settings.window());
        Deque<Instant> times = failures.computeIfPresent(key, (k, deque) -> {
            while (!deque.isEmpty() && !deque.peekFirst().isAfter(oldest)) {
                deque.removeFirst();
            }
            return deque.isEmpty() ? null : deque;
        });
        return times == null ? 0 : times.size();
    }

    private static String userKey(String username) {
        return "user:" + username.toLowerCase(java.util.Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
