package vn.chiso766.reporting.portal;

import org.jspecify.annotations.Nullable;

/**
 * A portal file that cannot be read as it stands. The message names the file, where in it the problem is and what
 * was expected, so whoever imports it can fix or report the file without a debugger.
 */
public class PortalFormatException extends RuntimeException {

    private final String fileName;
    private final @Nullable String location;

    PortalFormatException(String fileName, String location, String problem) {
        super(fileName + ": " + location + ": " + problem);
        this.fileName = fileName;
        this.location = location;
    }

    PortalFormatException(String fileName, String problem, Throwable cause) {
        super(fileName + ": " + problem, cause);
        this.fileName = fileName;
        this.location = null;
    }

    public String fileName() {
        return fileName;
    }

    /** The JSON path of the offending value, such as {@code communes[12].groupScores.TDGQ}; none for bad syntax. */
    public @Nullable String location() {
        return location;
    }
}
