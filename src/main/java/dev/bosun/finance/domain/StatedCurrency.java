package dev.bosun.finance.domain;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The currency a report states in its preamble, such as {@code All amounts in USD, unless specified}, {@code Alle
 * Beträge in Euro sofern nicht anders gekennzeichnet} or {@code 指定のない場合、単位は円}.
 */
public final class StatedCurrency {

    private static final Pattern CODE =
            Pattern.compile("\\b(USD|CAD|MXN|BRL|EUR|GBP|SEK|PLN|TRY|AED|SAR|EGP|INR|JPY|AUD|SGD|ZAR)\\b");
    private static final Pattern EURO = Pattern.compile("\\bEuro\\b", Pattern.CASE_INSENSITIVE);

    private StatedCurrency() {}

    /** The currency of the first preamble line that names one, by ISO code, "Euro" or 円. */
    public static Optional<String> in(List<String> preamble) {
        for (String line : preamble) {
            Matcher code = CODE.matcher(line);
            if (code.find()) {
                return Optional.of(code.group(1));
            }
            if (EURO.matcher(line).find()) {
                return Optional.of("EUR");
            }
            if (line.contains("単位は円")) {
                return Optional.of("JPY");
            }
        }
        return Optional.empty();
    }
}
