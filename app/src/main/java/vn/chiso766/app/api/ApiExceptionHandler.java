package vn.chiso766.app.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.chiso766.app.security.ApiError;
import vn.chiso766.domain.period.InvalidPeriodException;

/** Errors of the API as JSON; refusals (401, 403, 429) are written by the security chain. */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e, HttpServletRequest request) {
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
