package dev.bosun.amazon.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises a column header so that the spellings Amazon uses for one column compare equal: Unicode NFKC
 * (full-width letters), case, surrounding spaces and quotes, byte order marks, en and em dashes, underscores,
 * runs of white space, and a currency symbol in brackets ({@code 14 Day Total Sales (₹)}).
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
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}
