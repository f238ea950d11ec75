package vn.chiso766.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.chiso766.app.AppTest;

/** The headers that keep pages out of frames and stop content sniffing, on the UI and on the API alike. */
@AppTest
class SecurityHeadersTest {

    @LocalServerPort
    private int port;

    private LocalHttp http;

    @BeforeEach
    void setUp() {
        http = new LocalHttp(port);
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("frame-ancestors 'none'")
                        .contains("default-src 'self'")
                        .contains("object-src 'none'"));
        assertThat(response.headers().allValues("X-Frame-Options")).containsExactly("DENY");
        assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
    }

    @Test
    void the_sign_in_page_carries_the_security_headers() throws Exception {
        HttpResponse<String> page = http.get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertSecurityHeaders(page);
    }

    @Test
    void a_view_reached_without_signing_in_is_redirected_with_the_security_headers() throws Exception {
        HttpResponse<String> redirect = http.get("/rankings");

        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        assertSecurityHeaders(redirect);
    }

    @Test
    void the_api_carries_the_security_headers_on_refusals_and_answers() throws Exception {
        HttpResponse<String> refusal = http.get("/api/v1/units");
        assertThat(refusal.statusCode()).isEqualTo(401);
        assertSecurityHeaders(refusal);

        HttpResponse<String> signedIn = http.getWithBasic("/api/v1/units", "leader", "demo");
        assertThat(signedIn.statusCode()).isNotIn(401, 429);
        assertSecurityHeaders(signedIn);
    }

    @Test
    void the_session_cookie_is_hidden_from_scripts() throws Exception {
        HttpResponse<String> page = http.get("/login");

        assertThat(page.headers().allValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie).containsIgnoringCase("; HttpOnly"));
    }
}
