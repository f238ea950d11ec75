package vn.chiso766.app.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two filter chains: the JSON API under /api (stateless HTTP Basic, JSON refusals) and the Vaadin UI (sign-in
 * page, session). Both authenticate through the same throttled provider over the same users.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /** The sign-in view's route (ui.login.LoginView), by name so that security does not depend on the UI. */
    static final String LOGIN_ROUTE = "login";

    static final String EXPORTS = "/exports/**";

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt, with the algorithm stored beside each hash ({bcrypt}…) so it can be upgraded later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(
            AppUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottlingAuthenticationProvider(passwords, throttle));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, AuthenticationManager manager, ApiRefusals errors)
            throws Exception {
        http.securityMatcher("/api/**")
                .authenticationManager(manager)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(errors))
                .exceptionHandling(
                        handling -> handling.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless Basic authentication sends no cookie, so there is no cross-site request to forge.
                .csrf(csrf -> csrf.disable());
        SecurityHeaders.apply(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiChain(HttpSecurity http, AuthenticationManager manager) throws Exception {
        http.authenticationManager(manager)
                // The screens' download links (export.ExportController): files for the signed-in session; which
                // files a user may have is decided in the services, as for the screens. Vaadin's own rule would
                // refuse any path that is not a view.
                .authorizeHttpRequests(
                        requests -> requests.requestMatchers(EXPORTS).authenticated())
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LOGIN_ROUTE));
        SecurityHeaders.apply(http);
        return http.build();
    }
}
