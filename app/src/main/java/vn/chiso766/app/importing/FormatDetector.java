package vn.chiso766.app.importing;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.chiso766.reporting.spreadsheet.FileSignature;

/**
 * Tells what a file is from its content, never from its name: an XLSX is a zip archive, portal data is a JSON
 * object, anything else that is text is taken as CSV. A named format must agree with the content.
 */
final class FormatDetector {

    /** The format, or the issue that says why the file is none of them. */
    record Detection(
            @Nullable ImportFormat format, @Nullable ImportIssue issue) {}

    private FormatDetector() {}

    static Detection detect(String fileName, byte[] bytes, @Nullable ImportFormat requested) {
        Optional<String> binary = FileSignature.binaryType(bytes);
        ImportFormat content;
        if (binary.filter("ZIP"::equals).isPresent()) {
            content = ImportFormat.XLSX;
        } else if (binary.isPresent()) {
            return refused(fileName, "import.issue.unrecognised", binary.get(), extension(fileName));
        } else {
            content = startsLikeJson(bytes) ? ImportFormat.PORTAL : ImportFormat.CSV;
        }
        if (requested != null
                && requested != content
                && !(requested == ImportFormat.CSV && content == ImportFormat.PORTAL)) {
            return refused(fileName, "import.issue.formatMismatch", requested.code(), describe(content));
        }
        return new Detection(requested != null ? requested : content, null);
    }

    private static Detection refused(String fileName, String key, Object... arguments) {
        return new Detection(
                null, ImportIssue.error(fileName, IssueLocation.FILE, null, LocalizedText.of(key, arguments)));
    }

    private static String describe(ImportFormat content) {
        return switch (content) {
            case XLSX -> "ZIP/XLSX";
            case PORTAL -> "JSON";
            case CSV -> "text";
        };
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "—" : fileName.substring(dot).toLowerCase(Locale.ROOT);
    }

    /** The first character other than white space and a byte-order mark is an opening brace. */
    private static boolean startsLikeJson(byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                ? 3
                : 0;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        return i < bytes.length && bytes[i] == '{';
    }
}
