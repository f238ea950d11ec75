package vn.chiso766.reporting.spreadsheet;

import java.util.Optional;

/**
 * What a file is by its first bytes, whatever its name says: a PNG renamed to .xlsx is still a PNG. The names are
 * format names, the same in every language.
 */
public final class FileSignature {

    private FileSignature() {}

    /** The kind of binary file these bytes start, if they start a known one (zip included). */
    public static Optional<String> binaryType(byte[] bytes) {
        if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
            return Optional.of("PNG");
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("JPEG");
        }
        if (startsWith(bytes, 'G', 'I', 'F', '8')) {
            return Optional.of("GIF");
        }
        if (startsWith(bytes, '%', 'P', 'D', 'F')) {
            return Optional.of("PDF");
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            return Optional.of("XLS/DOC (OLE2)");
        }
        if (startsWith(bytes, 'P', 'K', 3, 4) || startsWith(bytes, 'P', 'K', 5, 6)) {
            return Optional.of("ZIP");
        }
        if (startsWith(bytes, 0x1F, 0x8B)) {
            return Optional.of("GZIP");
        }
        if (startsWith(bytes, 'R', 'a', 'r', '!')) {
            return Optional.of("RAR");
        }
        if (contains(bytes, 0)) {
            return Optional.of("binary");
        }
        return Optional.empty();
    }

    public static String describe(byte[] bytes) {
        return binaryType(bytes).orElse("text");
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** A NUL in the first kilobytes: no text format, UTF-8 or Windows-1258, has one (UTF-16 is told apart first). */
    private static boolean contains(byte[] bytes, int value) {
        int end = Math.min(bytes.length, 8192);
        boolean utf16Mark = startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF);
        for (int i = 0; i < end && !utf16Mark; i++) {
            if ((bytes[i] & 0xFF) == value) {
                return true;
            }
        }
        return false;
    }
}
