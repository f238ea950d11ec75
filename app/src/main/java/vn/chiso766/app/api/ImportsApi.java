package vn.chiso766.app.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.chiso766.app.i18n.Languages;
import vn.chiso766.app.importing.ImportFormat;
import vn.chiso766.app.importing.ImportOutcome;
import vn.chiso766.app.importing.ImportPreview;
import vn.chiso766.app.importing.ImportRejectedException;
import vn.chiso766.app.importing.ImportService;
import vn.chiso766.reporting.spreadsheet.ImportTemplate;

/**
 * Imports for scripts, with the same checks as the import page: {@code dryRun=true} answers the preview (200), a
 * commit answers 201 with what was written; a file with errors answers 400 (the file as a whole cannot be read) or
 * 422 (rows are wrong) with every error, and nothing is written.
 */
@RestController
@RequestMapping("/api/v1/imports")
class ImportsApi {

    private final ImportService imports;

    ImportsApi(ImportService imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportJson> importFile(
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) @Nullable String format,
            @RequestParam(defaultValue = "false") boolean dryRun,
            HttpServletRequest request)
            throws IOException {
        ImportFormat requested = format == null || format.isBlank()
                ? null
                : ImportFormat.parse(format)
                        .orElseThrow(() -> new IllegalArgumentException(
                                "Unknown format '" + format + "': expected xlsx, csv or portal"));
        String name =
                file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                        ? file.getName()
                        : file.getOriginalFilename();
        byte[] bytes = file.getBytes();
        Locale locale = locale(request);
        if (dryRun) {
            ImportPreview preview = imports.preview(name, bytes, requested);
            return ResponseEntity.status(preview.hasErrors() ? refusal(preview) : HttpStatus.OK)
                    .body(ImportJson.of(preview, true, false, List.of(), locale));
        }
        try {
            ImportOutcome outcome = imports.commit(name, bytes, requested);
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(ImportJson.of(outcome.preview(), false, true, outcome.affected(), locale));
        } catch (ImportRejectedException e) {
            return ResponseEntity.status(refusal(e.preview()))
                    .body(ImportJson.of(e.preview(), false, false, List.of(), locale));
        }
    }

    /** The spreadsheet offices fill in, as the import page offers it. */
    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ImportTemplate.CONTENT_TYPE))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(ImportTemplate.FILE_NAME)
                                .build()
                                .toString())
                .body(imports.template());
    }

    /** A file that cannot be read at all is a bad request; readable rows that are wrong are unprocessable. */
    private static HttpStatus refusal(ImportPreview preview) {
        return preview.rows().isEmpty() ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT;
    }

    private static Locale locale(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null && Languages.isVietnamese(request.getLocale())
                ? Languages.VIETNAMESE
                : Languages.ENGLISH;
    }
}
