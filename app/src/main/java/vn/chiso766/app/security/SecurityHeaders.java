package vn.chiso766.app.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/** The headers both filter chains send. */
final class SecurityHeaders {

    /**
     * Vaadin's bootstrap page runs inline scripts and its client sets inline styles, so 'unsafe-inline' (and, for
     * the development server, 'unsafe-eval') cannot be dropped; everything else is limited to this origin.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'"
            + " 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " connect-src 'self' ws: wss:; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";

    private SecurityHeaders() {}

    static void apply(HttpSecurity http) throws Exception {
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .contentTypeOptions(options -> {})
                .referrerPolicy(referrer -> referrer.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy
                                .SAME_ORIGIN)));
    }
}
