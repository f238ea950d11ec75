package vn.chiso766.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.chiso766.app.AppTest;
import vn.chiso766.db.unit.UnitRepository;
import vn.chiso766.db.user.UserAccountRepository;

/**
 * The throttle over real HTTP Basic requests. The API may still answer 404 for the URL itself; only 401 (wrong
 * password) and 429 (throttled) matter here.
 *
 * <p>The throttle counts per user AND per address, and every test of the run comes from 127.0.0.1: the five
 * failures below block that address for five minutes, which would refuse every later test's sign-in. So the test
 * locks out a throwaway user of its own and resets the throttle before and after (before, so that failures left by
 * an earlier test cannot make the block come early).
 */
@AppTest
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottlingTest {

    private static final String API_URL = "/api/v1/units";

    @LocalServerPort
    private int port;

    @Autowired
    private LoginThrottle throttle;

    @Autowired
    private JsonMapper json;

    private ThrowawayUsers throwaway;
    private LocalHttp http;

    @Autowired
    void setUp(UserAccountRepository users, UnitRepository units, PasswordEncoder encoder) {
        throwaway = new ThrowawayUsers(users, units, encoder);
    }

    @BeforeEach
    void startClean() {
        http = new LocalHttp(port);
        throttle.reset();
    }

    @AfterEach
    void forgetTheFailures() {
        throttle.reset();
        throwaway.deleteAll();
    }

    @Test
    void five_wrong_passwords_get_401_and_the_sixth_attempt_gets_429_even_with_the_right_password(CapturedOutput output)
            throws Exception {
        String password = ThrowawayUsers.uniquePassword();
        String username = throwaway.create("throttled", password);
        assertThat(http.getWithBasic(API_URL, username, password).statusCode())
                .as("the right password works before the failures")
                .isNotIn(401, 429);

        for (int i = 1; i <= 5; i++) {
            assertThat(http.getWithBasic(API_URL, username, "wrong-" + i).statusCode())
                    .as("wrong password %d", i)
                    .isEqualTo(401);
        }
        HttpResponse<String> refused = http.getWithBasic(API_URL, username, password);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode body = json.readTree(refused.body());
        assertThat(body.get("status").asInt()).isEqualTo(429);
        assertThat(body.get("error").asString()).isEqualTo("too_many_attempts");
        assertThat(body.get("message").asString()).isNotBlank();
        assertThat(body.get("path").asString()).isEqualTo(API_URL);
        assertThat(output.getOut())
                .contains("Failed sign-in for user '" + username + "' from 127.0.0.1")
                .contains("Sign-in refused for user '" + username + "' from 127.0.0.1: too many failed attempts");
    }

    @Test
    void five_failures_from_one_address_also_refuse_another_user_from_there() throws Exception {
        String username = throwaway.create("throttled", ThrowawayUsers.uniquePassword());
        for (int i = 1; i <= 5; i++) {
            http.getWithBasic(API_URL, username, "wrong-" + i);
        }
        String otherPassword = ThrowawayUsers.uniquePassword();
        String other = throwaway.create("bystander", otherPassword);

        assertThat(http.getWithBasic(API_URL, other, otherPassword).statusCode())
                .isEqualTo(429);
    }

    @Test
    void a_request_without_credentials_is_not_a_failed_sign_in() throws Exception {
        for (int i = 0; i < 6; i++) {
            assertThat(http.get(API_URL).statusCode()).isEqualTo(401);
        }
        String password = ThrowawayUsers.uniquePassword();
        String username = throwaway.create("anonymous-first", password);
        assertThat(http.getWithBasic(API_URL, username, password).statusCode()).isNotIn(401, 429);
    }
}
