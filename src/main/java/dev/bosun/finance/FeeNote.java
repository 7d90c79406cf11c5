package dev.bosun.finance;

import java.util.List;

/**
 * Something to know about a fee breakdown: a value the sources do not confirm, a value the organisation edited, or
 * how a fee came about. {@code code} with {@code arguments} is the message {@code fees.note.<code>} for pages;
 * {@code text} is the same in English for the command line and logs.
 */
public record FeeNote(Kind kind, String code, List<String> arguments, String text) {

    /** What kind of note. */
    public enum Kind {
        /** A value the fee was computed from is not confirmed by the rate card's sources. */
        UNVERIFIED,
        /** A value the fee was computed from was replaced by the organisation. */
        EDITED,
        /** How a fee came about. */
        INFO
    }

    public FeeNote {
        arguments = List.copyOf(arguments);
    }
}
