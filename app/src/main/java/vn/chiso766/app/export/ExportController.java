package vn.chiso766.app.export;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chiso766.domain.period.InvalidPeriodException;
import vn.chiso766.domain.period.Period;

/**
 * Stable URLs of every export. The same files are served twice: under /api/v1/exports for scripts (HTTP Basic,
 * the API's chain) and under /exports for the signed-in screens (the session of the UI's chain), so that the
 * screens' download links need no second sign-in. Each file is built whole before anything is written, so a
 * refusal or an error sends the JSON error and no part of a file.
 */
@RestController
class ExportController {

    private static final String API = "/api/v1/exports";
    private static final String UI = "/exports";

    private final TableExports tables;
    private final DocumentExports documents;

    ExportController(TableExports tables, DocumentExports documents) {
        this.tables = tables;
        this.documents = documents;
    }

    @GetMapping({API + "/rankings.{format:xlsx|csv|pdf}", UI + "/rankings.{format:xlsx|csv|pdf}"})
    ResponseEntity<byte[]> rankings(
            @PathVariable String format,
            @RequestParam String scope,
            @RequestParam String period,
            @RequestParam(required = false) @Nullable String by) {
        return send(tables.rankings(scope, Period.parse(period), blankToNull(by), ExportFormat.of(format)));
    }

    @GetMapping({API + "/heatmap.xlsx", UI + "/heatmap.xlsx"})
    ResponseEntity<byte[]> heatmap(@RequestParam String scope, @RequestParam String period) {
        return send(tables.heatmap(scope, Period.parse(period)));
    }

    @GetMapping({API + "/wards/{code}/{period}.{format:docx|pdf}", UI + "/wards/{code}/{period}.{format:docx|pdf}"})
    ResponseEntity<byte[]> wardReport(
            @PathVariable String code, @PathVariable String period, @PathVariable String format) {
        return send(documents.wardReport(code, month(period), ExportFormat.of(format)));
    }

    @GetMapping({API + "/summary/{scope}/{period}.{format:docx|pdf}", UI + "/summary/{scope}/{period}.{format:docx|pdf}"
    })
    ResponseEntity<byte[]> summary(
            @PathVariable String scope, @PathVariable String period, @PathVariable String format) {
        return send(documents.summary(scope, month(period), ExportFormat.of(format)));
    }

    private static Period.Month month(String text) {
        if (Period.parse(text) instanceof Period.Month month) {
            return month;
        }
        throw new InvalidPeriodException(text);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static ResponseEntity<byte[]> send(ExportFile file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, file.contentDisposition())
                .contentType(MediaType.parseMediaType(file.format().contentType()))
                .contentLength(file.bytes().length)
                .body(file.bytes());
    }
}
