package vn.chiso766.app.export;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.chiso766.app.security.ApiError;
import vn.chiso766.domain.period.InvalidPeriodException;

/**
 * The export URLs' errors as the API's JSON, on both paths: under /exports the UI's chain would otherwise answer
 * a refusal with an HTML page, and a script or a download link must see a refusal, not save it as the file.
 */
@RestControllerAdvice(basePackageClasses = ExportErrors.class)
class ExportErrors {

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> refused(AccessDeniedException e, HttpServletRequest request) {
        return error(HttpStatus.FORBIDDEN, "forbidden", "You are not allowed to read this.", request);
    }

    @ExceptionHandler(ExportNotFoundException.class)
    ResponseEntity<ApiError> notFound(ExportNotFoundException e, HttpServletRequest request) {
        return error(HttpStatus.NOT_FOUND, "not_found", e.getMessage(), request);
    }

    @ExceptionHandler(InvalidPeriodException.class)
    ResponseEntity<ApiError> badPeriod(InvalidPeriodException e, HttpServletRequest request) {
        return error(HttpStatus.BAD_REQUEST, "invalid_period", e.getMessage(), request);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ApiError> badArgument(IllegalArgumentException e, HttpServletRequest request) {
        return error(HttpStatus.BAD_REQUEST, "bad_request", e.getMessage(), request);
    }

    private static ResponseEntity<ApiError> error(
            HttpStatus status, String error, String message, HttpServletRequest request) {
        return ResponseEntity.status(status)
                .body(new ApiError(status.value(), error, message, request.getRequestURI()));
    }
}
