package vn.chiso766.app.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import vn.chiso766.app.importing.ImportService;
import vn.chiso766.app.security.ApiError;

/**
 * Upload refusals of the import API as JSON. Multipart bodies are parsed lazily (application.properties), so that a
 * file above the limit fails inside the controller and lands here, not on the servlet's error page.
 */
@RestControllerAdvice(assignableTypes = ImportsApi.class)
class ImportApiErrors {

    private final ImportService imports;

    ImportApiErrors(ImportService imports) {
        this.imports = imports;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        HttpStatus status = HttpStatus.CONTENT_TOO_LARGE;
        String message = "The file is larger than the limit of " + imports.maxBytes() / (1024 * 1024)
                + " MB: split it into smaller files.";
        return ResponseEntity.status(status)
                .body(new ApiError(status.value(), "too_large", message, request.getRequestURI()));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ApiError> noFile(MissingServletRequestPartException e, HttpServletRequest request) {
        return ResponseEntity.badRequest()
                .body(new ApiError(
                        HttpStatus.BAD_REQUEST.value(),
                        "bad_request",
                        "Send the file as the multipart field \"file\".",
                        request.getRequestURI()));
    }
}
