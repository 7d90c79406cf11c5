package dev.bosun.amazon;

import java.util.List;

/**
 * A column of a report layout: the canonical name importers ask for, whether a file must have it, and every
 * header Amazon is known to give it (English and localized spellings; compared after normalising case, spaces,
 * dashes, underscores and currency symbols in brackets).
 */
public record ColumnSpec(String name, boolean required, List<String> headers) {

    public ColumnSpec {
        headers = List.copyOf(headers);
        if (headers.isEmpty()) {
            throw new IllegalArgumentException("column " + name + " needs at least one header");
        }
    }

    /** A column the file must have; the canonical name is also its first header. */
    public static ColumnSpec required(String name, String... otherHeaders) {
        return new ColumnSpec(name, true, withName(name, otherHeaders));
    }

    /** A column read when present. */
    public static ColumnSpec optional(String name, String... otherHeaders) {
        return new ColumnSpec(name, false, withName(name, otherHeaders));
    }

    private static List<String> withName(String name, String... others) {
        var all = new java.util.ArrayList<String>();
        all.add(name);
        all.addAll(List.of(others));
        return all;
    }
}
