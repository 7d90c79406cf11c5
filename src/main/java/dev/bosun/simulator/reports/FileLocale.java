package dev.bosun.simulator.reports;

import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * How a marketplace's files write text, numbers and dates. US and German flat files are Windows-1252, Japanese ones
 * Shift_JIS (Windows-31J); console and Business Report downloads (CSV) and JSON are UTF-8. German files write
 * decimal commas (the settlement's "local number format"), and German Business Reports group thousands with dots
 * and put the euro sign after the amount. Dates follow the marketplace's order: 01/31/25 in the US, 31.01.2025 in
 * Germany, 2025/01/31 in Japan.
 */
final class FileLocale {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    private static final DateTimeFormatter ISO_OFFSET =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final Marketplace marketplace;
    private final int minorDigits;
    private final DateTimeFormatter shortDate;
    private final DateTimeFormatter date;
    private final DateTimeFormatter consoleDate;
    private final DateTimeFormatter settlementTime;

    FileLocale(Marketplace marketplace, int minorDigits) {
        this.marketplace = marketplace;
        this.minorDigits = minorDigits;
        this.shortDate = DateTimeFormatter.ofPattern(
                switch (marketplace) {
                    case US, CA, MX -> "MM/dd/yy";
                    case JP -> "yyyy/MM/dd";
                    default -> "dd.MM.yyyy";
                },
                Locale.ROOT);
        this.date = DateTimeFormatter.ofPattern(
                switch (marketplace) {
                    case US, CA, MX -> "MM/dd/yyyy";
                    case JP -> "yyyy/MM/dd";
                    default -> "dd/MM/yyyy";
                },
                Locale.ROOT);
        this.consoleDate = switch (marketplace) {
            case US, CA, MX -> DateTimeFormatter.ofPattern("MMM dd, yyyy", Locale.ENGLISH);
            case JP -> DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT);
            default -> DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT);
        };
        this.settlementTime = DateTimeFormatter.ofPattern(
                switch (marketplace) {
                    case US, CA, MX -> "yyyy-MM-dd HH:mm:ss 'UTC'";
                    case JP -> "yyyy/MM/dd HH:mm:ss 'UTC'";
                    default -> "dd.MM.yyyy HH:mm:ss 'UTC'";
                },
                Locale.ROOT);
    }

    Marketplace marketplace() {
        return marketplace;
    }

    String currency() {
        return marketplace.currency().getCurrencyCode();
    }

    /** The encoding of the marketplace's flat files. */
    Charset flatFileCharset() {
        return switch (marketplace) {
            case JP -> WINDOWS_31J;
            case US, CA, MX, UK, DE, FR, IT, ES, NL, SE, PL, BE, IE -> WINDOWS_1252;
            default -> StandardCharsets.UTF_8;
        };
    }

    boolean decimalComma() {
        return marketplace == Marketplace.DE
                || marketplace == Marketplace.FR
                || marketplace == Marketplace.IT
                || marketplace == Marketplace.ES
                || marketplace == Marketplace.NL;
    }

    /** An amount of minor units as a flat file writes it: 12.34, 12,34, 1980; negative with a minus. */
    String amount(long minor) {
        String plain = BigDecimal.valueOf(minor, minorDigits).toPlainString();
        return decimalComma() ? plain.replace('.', ',') : plain;
    }

    /** A decimal number with the given places, in the flat files' style. */
    String decimal(double value, int places) {
        String plain = BigDecimal.valueOf(value)
                .setScale(places, java.math.RoundingMode.HALF_UP)
                .toPlainString();
        return decimalComma() ? plain.replace('.', ',') : plain;
    }

    /** An amount as Seller Central shows it: $1,234.56, 1.234,56 €, ￥1,980. */
    String display(long minor) {
        String number = grouped(BigDecimal.valueOf(Math.abs(minor), minorDigits));
        String sign = minor < 0 ? "-" : "";
        return switch (marketplace) {
            case US -> sign + "$" + number;
            case JP -> sign + "￥" + number;
            default -> decimalComma() ? sign + number + " €" : sign + number + " " + currency();
        };
    }

    /** A whole number with thousands grouped: 1,250 or 1.250. */
    String count(long value) {
        return grouped(BigDecimal.valueOf(value));
    }

    /** A percentage of a fraction with the given places: 95.50% or 95,50 %. */
    String percent(double fraction, int places) {
        String number = BigDecimal.valueOf(fraction * 100)
                .setScale(places, java.math.RoundingMode.HALF_UP)
                .toPlainString();
        return decimalComma() ? number.replace('.', ',') + " %" : number + "%";
    }

    private String grouped(BigDecimal value) {
        String plain = value.toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        String fraction = point < 0 ? "" : plain.substring(point + 1);
        StringBuilder out = new StringBuilder();
        char group = decimalComma() ? '.' : ',';
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(group);
            }
            out.append(whole.charAt(i));
        }
        if (!fraction.isEmpty()) {
            out.append(decimalComma() ? ',' : '.').append(fraction);
        }
        return out.toString();
    }

    /** A short date: 01/31/25, 31.01.2025, 2025/01/31. */
    String shortDate(LocalDate date) {
        return shortDate.format(date);
    }

    /** A long date: 01/31/2025, 31/01/2025, 2025/01/31. */
    String date(LocalDate date) {
        return this.date.format(date);
    }

    /** A date as the Ads console writes it: Jan 31, 2025 (US), 31.01.2025, 2025/01/31. */
    String consoleDate(LocalDate date) {
        return consoleDate.format(date);
    }

    /** A point in time in UTC with offset: 2025-01-31T08:04:21+00:00. */
    static String iso(Instant instant) {
        return ISO_OFFSET.format(instant.atOffset(ZoneOffset.UTC));
    }

    /** A point in time as settlements write it: 2025-01-31 08:04:21 UTC, 31.01.2025 08:04:21 UTC, 2025/01/31 … */
    String settlementTime(Instant instant) {
        return settlementTime.format(instant.atOffset(ZoneOffset.UTC));
    }

    /** Local time with the zone's abbreviation, as the listings report writes open dates: 2025-01-07 07:35:42 PST. */
    String localTime(Instant instant) {
        var local = instant.atZone(marketplace.zone());
        boolean summer = marketplace.zone().getRules().isDaylightSavings(instant);
        String zone = switch (marketplace) {
            case US, CA, MX -> summer ? "PDT" : "PST";
            case JP -> "JST";
            case UK, IE -> summer ? "BST" : "GMT";
            default -> summer ? "CEST" : "CET";
        };
        return LOCAL_TIME.format(local) + " " + zone;
    }

    /** A date as the merchant returns report writes it: 20-Sep-2026. */
    static String dayMonthName(LocalDate date) {
        return date.getDayOfMonth() + "-" + date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + "-"
                + date.getYear();
    }
}
