package dev.bosun.amazon.domain;

/** A cell that does not hold the kind of value expected; the message says what was expected. */
public final class ValueFormatException extends RuntimeException {

    private final String expected;

    public ValueFormatException(String expected) {
        super(expected, null, false, false);
        this.expected = expected;
    }

    public String expected() {
        return expected;
    }
}
