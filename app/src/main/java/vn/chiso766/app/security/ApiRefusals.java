package vn.chiso766.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes the API's refusals as JSON: 401 not signed in, 403 not allowed, 429 too many failed sign-ins. */
@Component
public class ApiRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;

    ApiRefusals(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        if (exception instanceof TooManyAttemptsException) {
            write(
                    response,
                    request,
                    HttpStatus.TOO_MANY_REQUESTS,
                    "too_many_attempts",
                    "Too many failed sign-in attempts; try again later.");
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"chiso766\", charset=\"UTF-8\"");
        write(response, request, HttpStatus.UNAUTHORIZED, "unauthorized", "Sign in with HTTP Basic authentication.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        write(response, request, HttpStatus.FORBIDDEN, "forbidden", "You are not allowed to read this.");
    }

    void write(
            HttpServletResponse response, HttpServletRequest request, HttpStatus status, String error, String message)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(
                response.getOutputStream(), new ApiError(status.value(), error, message, request.getRequestURI()));
    }
}
