package dev.bosun.advertising;

import java.util.List;

/**
 * An ad change Bosun refuses, and why, as a message key ({@code ads.changes.error.*}) with its arguments so that
 * pages say it in the reader's language; {@link #getMessage()} is the English text for logs and the API.
 */
public class AdChangeException extends RuntimeException {

    private final String key;
    private final List<String> arguments;

    public AdChangeException(String key, String english, String... arguments) {
        super(english);
        this.key = key;
        this.arguments = List.of(arguments);
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
