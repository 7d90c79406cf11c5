package dev.bosun.amazon.reading;

/** The file as a whole cannot be read: not a report, damaged, too large, or hostile. */
public final class ReportRejectedException extends RuntimeException {

    public ReportRejectedException(String message) {
        super(message);
    }

    public ReportRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
