package vn.chiso766.reporting.portal;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/** Turns a Jackson parse error into a message for whoever holds the file: where it breaks and why. */
final class JsonSyntax {

    private JsonSyntax() {}

    static PortalFormatException problem(String fileName, JacksonException e) {
        String state = endsTooEarly(e) ? "incomplete" : "invalid";
        return new PortalFormatException(
                fileName, "the JSON is " + state + where(e.getLocation()) + ": " + reason(e), e);
    }

    private static boolean endsTooEarly(JacksonException e) {
        return e instanceof UnexpectedEndOfInputException
                || String.valueOf(e.getOriginalMessage()).contains("end-of-input");
    }

    private static String where(@Nullable TokenStreamLocation location) {
        return location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** Jackson appends the start marker's location to its own message; the line and column above already say it. */
    private static String reason(JacksonException e) {
        String message =
                String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
        return message.replaceFirst("\\s*\\(start marker at .*$", "");
    }
}
