package vn.chiso766.app.security;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

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
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .withObjectPostProcessor(new WriteHeadersFirst()));
    }

    /**
     * Vaadin's Spring integration forwards every page request to its servlet, and Tomcat 11 suspends the wrapped
     * response after a forward, so headers written when the response commits never arrive: the sign-in page and
     * every view went out without these headers (spring-security issue 19457). Writing them before the request is
     * handled avoids that; a handler can still replace one it must set itself.
     */
    private static final class WriteHeadersFirst implements ObjectPostProcessor<HeaderWriterFilter> {
        @Override
        public <O extends HeaderWriterFilter> O postProcess(O filter) {
            filter.setShouldWriteHeadersEagerly(true);
            return filter;
        }
    }
}
