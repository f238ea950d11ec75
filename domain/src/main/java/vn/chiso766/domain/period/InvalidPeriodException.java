package vn.chiso766.domain.period;

/** A period text that is not {@code YYYY-MM}, {@code YYYY-Qn} or {@code YYYY} within 2000–2100. */
public class InvalidPeriodException extends IllegalArgumentException {

    private final String text;

    public InvalidPeriodException(String text) {
        super("Invalid period '" + text + "': expected YYYY-MM (2024-02), YYYY-Qn (2024-Q1) or YYYY (2024)");
        this.text = text;
    }

    public String text() {
        return text;
    }
}
