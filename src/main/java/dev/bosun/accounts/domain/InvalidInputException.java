package dev.bosun.accounts.domain;

import java.util.List;

/**
 * Input that breaks one of the account rules. {@link #field()} names the form field or argument,
 * {@link #code()} the message key (with {@link #arguments()}) the UI shows in the user's language, and the
 * exception message is the English text the command line prints.
 */
public final class InvalidInputException extends IllegalArgumentException {

    private final String field;
    private final String code;
    private final List<Object> arguments;

    public InvalidInputException(String field, String code, String message, Object... arguments) {
        super(message);
        this.field = field;
        this.code = code;
        this.arguments = List.of(arguments);
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
