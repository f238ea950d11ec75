package vn.chiso766.app.export;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.databind.json.JsonMapper;
import vn.chiso766.app.security.ApiError;
import vn.chiso766.domain.period.InvalidPeriodException;

/**
 * The export URLs' errors as the API's JSON, on both paths: under /exports the UI's chain would otherwise answer
 * a refusal with an HTML page, and a script or a download link must see a refusal, not save it as the file. The
 * body is written here rather than through Spring MVC's converters, which would add an "inline; filename=f.txt"
 * disposition to a JSON answer of a URL ending in ".xlsx": a refusal carries no file name at all.
 */
@RestControllerAdvice(basePackageClasses = ExportErrors.class)
class ExportErrors {

    private final JsonMapper json;

    ExportErrors(JsonMapper json) {
        this.json = json;
    }

    @ExceptionHandler(AccessDeniedException.class)
    void refused(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(HttpStatus.FORBIDDEN, "forbidden", "You are not allowed to read this.", request, response);
    }

    @ExceptionHandler(ExportNotFoundException.class)
    void notFound(ExportNotFoundException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        write(HttpStatus.NOT_FOUND, "not_found", e.getMessage(), request, response);
    }

    @ExceptionHandler(InvalidPeriodException.class)
    void badPeriod(InvalidPeriodException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        write(HttpStatus.BAD_REQUEST, "invalid_period", e.getMessage(), request, response);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    void badArgument(IllegalArgumentException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        write(HttpStatus.BAD_REQUEST, "bad_request", e.getMessage(), request, response);
    }

    private void write(
            HttpStatus status, String error, String message, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(
                response.getOutputStream(), new ApiError(status.value(), error, message, request.getRequestURI()));
    }
}
