package dev.bosun.amazon.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises a column header so that the spellings Amazon uses for one column compare equal: Unicode NFKC
 * (full-width letters, digits, brackets and spaces of Japanese headers: {@code （親）ASIN} is {@code (親)ASIN}),
 * case, surrounding spaces and quotes, byte order marks, no-break spaces, en and em dashes, underscores, runs of
 * white space, a currency symbol in brackets ({@code 14 Day Total Sales (₹)}) and a trailing colon (the Italian
 * Date Range report writes {@code Data/Ora:}, other downloads of it {@code Data/Ora}).
 */
public final class HeaderNames {

    private static final Pattern CURRENCY_IN_BRACKETS = Pattern.compile("\\(\\s*\\p{Sc}+\\s*\\)");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private HeaderNames() {}

    public static String normalise(String header) {
        if (header == null) {
            return "";
        }
        String text = Normalizer.normalize(header, Normalizer.Form.NFKC)
                .replace("\uFEFF", "")
                .replace('\u00A0', ' ')
                .strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1).strip();
        }
        text = text.toLowerCase(Locale.ROOT)
                .replace('\u2013', '-')
                .replace('\u2014', '-')
                .replace('\u2212', '-')
                .replace('_', '-');
        text = CURRENCY_IN_BRACKETS.matcher(text).replaceAll("");
        text = SPACES.matcher(text).replaceAll(" ").strip();
        while (text.endsWith(":")) {
            text = text.substring(0, text.length() - 1).stripTrailing();
        }
        return text;
    }
}
