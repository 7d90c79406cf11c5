package dev.bosun.catalog.db;

import java.util.Locale;
import java.util.function.Function;

/**
 * A table column and how a record gives its value. A column tied to a field is written only when the report
 * states that field; a column without a field (keys, currency of every row) is always written.
 */
record Column<T>(String name, Enum<?> field, Function<T, Object> value) {

    /** A column every report writes. */
    static <T> Column<T> always(String name, Function<T, Object> value) {
        return new Column<>(name, null, value);
    }

    /** The column named like the field ({@code SESSIONS_B2B} → {@code sessions_b2b}). */
    static <T> Column<T> of(Enum<?> field, Function<T, Object> value) {
        return new Column<>(field.name().toLowerCase(Locale.ROOT), field, value);
    }

    /** A column written together with a field of another name. */
    static <T> Column<T> with(Enum<?> field, String name, Function<T, Object> value) {
        return new Column<>(name, field, value);
    }
}
