package vn.chiso766.reporting.spreadsheet;

import vn.chiso766.reporting.spreadsheet.SheetProblem.Kind;

/**
 * A zip archive ends with its directory. Without it the file was cut off in transfer, and reading what is there
 * would silently lose the rest, so such a file is refused before POI sees it.
 */
final class ZipCheck {

    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int END_RECORD_LENGTH = 22;
    private static final int MAX_COMMENT = 0xFFFF;

    private ZipCheck() {}

    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    static void requireCompleteZip(byte[] bytes) {
        if (!isZip(bytes)) {
            throw new SheetProblemException(SheetProblem.file(Kind.NOT_XLSX, FileSignature.describe(bytes)));
        }
        if (!hasEndOfDirectory(bytes)) {
            throw new SheetProblemException(
                    SheetProblem.file(Kind.XLSX_DAMAGED, "the zip directory at its end is missing"));
        }
    }

    private static boolean hasEndOfDirectory(byte[] bytes) {
        int last = bytes.length - END_RECORD_LENGTH;
        int first = Math.max(0, last - MAX_COMMENT);
        for (int i = last; i >= first; i--) {
            if (littleEndianInt(bytes, i) == END_OF_DIRECTORY) {
                return true;
            }
        }
        return false;
    }

    private static int littleEndianInt(byte[] bytes, int at) {
        return (bytes[at] & 0xFF)
                | (bytes[at + 1] & 0xFF) << 8
                | (bytes[at + 2] & 0xFF) << 16
                | (bytes[at + 3] & 0xFF) << 24;
    }
}
