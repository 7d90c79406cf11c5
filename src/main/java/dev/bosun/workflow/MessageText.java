package dev.bosun.workflow;

import java.util.List;
import java.util.Objects;

/**
 * A sentence to show in the reader's language: a key of {@code messages.properties} (and its zh-CN twin) and the
 * arguments {@code {0}}, {@code {1}} … it is filled with. Arguments are already formatted text that reads the same
 * in every language (an ASIN, {@code 1.25 %}, {@code 2026-11-03}, {@code 12}); numbers are formatted by the rule so
 * that the stored item renders identically tomorrow.
 */
public record MessageText(String key, List<String> args) {

    public MessageText {
        Objects.requireNonNull(key, "key");
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static MessageText of(String key, String... args) {
        return new MessageText(key, List.of(args));
    }
}
