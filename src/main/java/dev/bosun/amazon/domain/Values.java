package dev.bosun.amazon.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the values Amazon writes into reports, in every local form seen in its files. Every method takes the
 * trimmed, non-empty cell text and throws {@link ValueFormatException} naming what was expected.
 */
public final class Values {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern CURRENCY = Pattern.compile(
            "\\p{Sc}|\\b(?:USD|EUR|GBP|JPY|CAD|MXN|BRL|SEK|PLN|TRY|AED|SAR|EGP|INR|AUD|SGD|ZAR)\\b|R\\$|Rs\\.?|kr|zł|TL");
    private static final Pattern PLAIN_NUMBER =
            Pattern.compile("[+-]?(\\d+|\\d*[.,]\\d+|\\d{1,3}([.,' \u00A0\u202F]\\d{3})+([.,]\\d+)?)");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Map<String, ZoneOffset> ZONE_ABBREVIATIONS = Map.ofEntries(
            Map.entry("UTC", ZoneOffset.UTC),
            Map.entry("GMT", ZoneOffset.UTC),
            Map.entry("Z", ZoneOffset.UTC),
            Map.entry("PST", ZoneOffset.ofHours(-8)),
            Map.entry("PDT", ZoneOffset.ofHours(-7)),
            Map.entry("MST", ZoneOffset.ofHours(-7)),
            Map.entry("MDT", ZoneOffset.ofHours(-6)),
            Map.entry("CST", ZoneOffset.ofHours(-6)),
            Map.entry("CDT", ZoneOffset.ofHours(-5)),
            Map.entry("EST", ZoneOffset.ofHours(-5)),
            Map.entry("EDT", ZoneOffset.ofHours(-4)),
            Map.entry("BST", ZoneOffset.ofHours(1)),
            Map.entry("CET", ZoneOffset.ofHours(1)),
            Map.entry("CEST", ZoneOffset.ofHours(2)),
            Map.entry("MEZ", ZoneOffset.ofHours(1)),
            Map.entry("MESZ", ZoneOffset.ofHours(2)),
            Map.entry("JST", ZoneOffset.ofHours(9)),
            Map.entry("IST", ZoneOffset.ofHoursMinutes(5, 30)),
            Map.entry("AEST", ZoneOffset.ofHours(10)),
            Map.entry("AEDT", ZoneOffset.ofHours(11)),
            Map.entry("SGT", ZoneOffset.ofHours(8)));
    private static final Pattern ZONED_TEXT = Pattern.compile("^(.*?)[ ]+([A-Z]{1,4})$");
    private static final Pattern GMT_OFFSET = Pattern.compile("^(.*?)[ ]*(?:GMT|UTC)([+-]\\d{1,2}(?::?\\d{2})?)$");
    private static final Pattern MERIDIEM = Pattern.compile("^(.*\\d)[ ]*([AaPp])\\.?[ ]?[Mm]\\.?$");
    private static final Pattern MONTH_NAME_DATE_TIME =
            Pattern.compile("^(\\p{L}{3,9}\\.? \\d{1,2}, \\d{4}),? (\\d{1,2}:\\d{2}(?::\\d{2})?)$");
    private static final Pattern TRAILING_OFFSET = Pattern.compile("^(.*?)([+-]\\d{2}:?\\d{2})$");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,4})[/.\\-](\\d{1,2})[/.\\-](\\d{1,4})");
    private static final DateTimeFormatter MONTH_NAME_DATE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("MMM d, uuuu")
            .toFormatter(Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH_NAME_DATE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("d-MMM-uuuu")
            .toFormatter(Locale.ENGLISH);
    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
            .appendPattern("H:mm")
            .optionalStart()
            .appendPattern(":ss")
            .optionalEnd()
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd()
            .toFormatter(Locale.ROOT);

    private Values() {}

    /** A decimal number in either style; ambiguous forms ({@code 1,234}) follow {@code style}. */
    public static BigDecimal decimal(String text, NumberStyle style) {
        BigDecimal plain = plainDecimal(text, style);
        if (plain != null) {
            return plain;
        }
        String s = text.strip().replace('\u2212', '-');
        boolean negative = false;
        if (s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.endsWith("-") && s.length() > 1) {
            negative = !negative;
            s = s.substring(0, s.length() - 1).strip();
        }
        if (!PLAIN_NUMBER.matcher(s).matches()) {
            throw new ValueFormatException("a number such as 1234.56 or 1.234,56");
        }
        if (s.startsWith("-")) {
            negative = !negative;
            s = s.substring(1);
        } else if (s.startsWith("+")) {
            s = s.substring(1);
        }
        s = s.replace(" ", "").replace("\u00A0", "").replace("\u202F", "").replace("'", "");
        int lastDot = s.lastIndexOf('.');
        int lastComma = s.lastIndexOf(',');
        String canonical;
        if (lastDot >= 0 && lastComma >= 0) {
            canonical = lastDot > lastComma
                    ? s.replace(",", "")
                    : s.replace(".", "").replace(',', '.');
        } else if (lastComma >= 0) {
            canonical = commaOnly(s, style);
        } else if (lastDot >= 0) {
            canonical = dotOnly(s, style);
        } else {
            canonical = s;
        }
        try {
            BigDecimal value = new BigDecimal(canonical);
            return negative ? value.negate() : value;
        } catch (NumberFormatException e) {
            throw new ValueFormatException("a number such as 1234.56 or 1.234,56");
        }
    }

    /**
     * The common case without any separator doubt, parsed without regular expressions: digits with at most one
     * point (unambiguous unless the file writes decimal commas and three digits follow the point), optional minus.
     */
    private static BigDecimal plainDecimal(String s, NumberStyle style) {
        int length = s.length();
        if (length == 0 || length > 30) {
            return null;
        }
        int start = s.charAt(0) == '-' ? 1 : 0;
        int point = -1;
        for (int i = start; i < length; i++) {
            char c = s.charAt(i);
            if (c == '.' && point < 0) {
                point = i;
            } else if (c < '0' || c > '9') {
                return null;
            }
        }
        if (start == length || point == start || point == length - 1) {
            return null;
        }
        if (point > 0 && style == NumberStyle.DECIMAL_COMMA && length - point - 1 == 3) {
            return null;
        }
        return new BigDecimal(s);
    }

    private static String commaOnly(String s, NumberStyle style) {
        int commas = s.length() - s.replace(",", "").length();
        int digitsAfter = s.length() - s.lastIndexOf(',') - 1;
        if (commas > 1) {
            return s.replace(",", "");
        }
        if (digitsAfter != 3 || style == NumberStyle.DECIMAL_COMMA || s.startsWith(",") || s.startsWith("0,")) {
            return s.replace(',', '.');
        }
        return s.replace(",", "");
    }

    private static String dotOnly(String s, NumberStyle style) {
        int dots = s.length() - s.replace(".", "").length();
        int digitsAfter = s.length() - s.lastIndexOf('.') - 1;
        if (dots > 1) {
            return s.replace(".", "");
        }
        if (digitsAfter == 3 && style == NumberStyle.DECIMAL_COMMA && !s.startsWith(".") && !s.startsWith("0.")) {
            return s.replace(".", "");
        }
        return s;
    }

    /** Money: a number after removing currency symbols and ISO codes. */
    public static BigDecimal money(String text, NumberStyle style) {
        BigDecimal plain = plainDecimal(text, style);
        if (plain != null) {
            return plain;
        }
        String s = CURRENCY.matcher(text).replaceAll("").strip();
        if (s.isEmpty()) {
            throw new ValueFormatException("an amount such as 12.99 or 12,99 €");
        }
        try {
            return decimal(s, style);
        } catch (ValueFormatException e) {
            throw new ValueFormatException("an amount such as 12.99 or 12,99 €");
        }
    }

    /** A whole number, separators allowed. */
    public static long integer(String text, NumberStyle style) {
        BigDecimal value;
        try {
            value = decimal(text, style);
        } catch (ValueFormatException e) {
            throw new ValueFormatException("a whole number");
        }
        try {
            return value.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            // "12,796" in a decimal-comma file, or "12.796" in a decimal-point one, is a count with a thousands
            // separator (English-language downloads of EU marketplaces write counts that way).
            String digits = text.strip();
            if (digits.matches("-?\\d{1,3}([.,]\\d{3})+")) {
                return Long.parseLong(digits.replace(",", "").replace(".", ""));
            }
            throw new ValueFormatException("a whole number");
        }
    }

    /** A percentage as a fraction; a bare number counts as percent points ({@code 12.5} → 0.125). */
    public static BigDecimal percent(String text, NumberStyle style) {
        String s = text.strip();
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        try {
            return decimal(s, style).divide(HUNDRED, MathContext.DECIMAL64);
        } catch (ValueFormatException e) {
            throw new ValueFormatException("a percentage such as 12.5% or 12,5 %");
        }
    }

    /** A ratio as a fraction; a bare number is the fraction itself, {@code 1.5%} gives 0.015. */
    public static BigDecimal fraction(String text, NumberStyle style) {
        String s = text.strip();
        if (s.endsWith("%")) {
            return percent(s, style);
        }
        try {
            return decimal(s, style);
        } catch (ValueFormatException e) {
            throw new ValueFormatException("a ratio such as 0.125 or 12.5%");
        }
    }

    /** Yes/no in the languages of Amazon's marketplaces. */
    public static boolean bool(String text) {
        switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "t", "1", "ja", "oui", "sì", "si", "sí", "はい", "是", "enabled":
                return true;
            case "no", "n", "false", "f", "0", "nein", "non", "いいえ", "否", "paused":
                return false;
            default:
                throw new ValueFormatException("yes or no (Yes/No, true/false, Y/N)");
        }
    }

    /** A calendar date in any of Amazon's forms; date-times give their local date. */
    public static LocalDate date(String text, DateOrder order) {
        String s = text.strip();
        try {
            if (s.length() == 8
                    && (s.startsWith("19") || s.startsWith("20"))
                    && s.chars().allMatch(Character::isDigit)) {
                return LocalDate.parse(s, DateTimeFormatter.BASIC_ISO_DATE);
            }
            if (s.matches("\\d+(\\.\\d+)?") && !s.contains("-")) {
                return excelDate(s);
            }
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(s);
            }
            if (s.length() > 10
                    && (s.charAt(10) == 'T' || s.charAt(10) == ' ')
                    && s.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                return LocalDate.parse(s.substring(0, 10));
            }
            Matcher m = SLASHED.matcher(s);
            if (m.lookingAt()) {
                return slashed(m, order, s.charAt(m.start(2) - 1));
            }
            if (s.length() >= 10
                    && Character.isDigit(s.charAt(0))
                    && s.indexOf('-') > 0
                    && Character.isLetter(s.charAt(s.indexOf('-') + 1))) {
                return LocalDate.parse(s, DAY_MONTH_NAME_DATE);
            }
            return LocalDate.parse(s, MONTH_NAME_DATE);
        } catch (DateTimeException | ArithmeticException e) {
            throw new ValueFormatException("a date such as 2026-11-25, 11/25/26, 25.11.2026 or 2026/11/25");
        }
    }

    private static LocalDate slashed(Matcher m, DateOrder order, char separator) {
        String a = m.group(1);
        String b = m.group(2);
        String c = m.group(3);
        if (a.length() == 4) {
            return LocalDate.of(Integer.parseInt(a), Integer.parseInt(b), Integer.parseInt(c));
        }
        int year = Integer.parseInt(c);
        if (c.length() == 2) {
            year += 2000;
        } else if (c.length() != 4) {
            throw new DateTimeException("year");
        }
        int first = Integer.parseInt(a);
        int second = Integer.parseInt(b);
        boolean dayFirst = separator == '.' || order == DateOrder.DAY_FIRST;
        if (first > 12 && second <= 12) {
            dayFirst = true;
        } else if (second > 12 && first <= 12) {
            dayFirst = false;
        }
        return dayFirst ? LocalDate.of(year, second, first) : LocalDate.of(year, first, second);
    }

    private static LocalDate excelDate(String serial) {
        double days = Double.parseDouble(serial);
        if (days < 1 || days > 2958465) {
            throw new DateTimeException("serial");
        }
        return EXCEL_EPOCH.plusDays((long) Math.floor(days));
    }

    /**
     * A point in time: ISO with offset ({@code 2026-11-25T08:04:21+00:00}), {@code 2026-11-25 08:04:21 UTC},
     * {@code 2013-01-07 07:35:42 PST}, {@code 25.11.2026 08:04:21 UTC}, the Date Range report's
     * {@code Dec 1, 2019 12:07:47 AM PST} (12-hour clock; AM/PM also after numeric dates), a {@code GMT+09:00}
     * offset after the time, an Excel serial with fraction, or a date
     * or date-time without zone, read in {@code zone}.
     */
    public static Instant instant(String text, ZoneId zone, DateOrder order) {
        String s = text.strip();
        try {
            if (s.length() == 25 && s.charAt(10) == 'T' && (s.charAt(19) == '+' || s.charAt(19) == '-')) {
                return OffsetDateTime.parse(s).toInstant();
            }
            if (s.matches("\\d+\\.\\d+") || s.matches("\\d{5}")) {
                double days = Double.parseDouble(s);
                LocalDate day = excelDate(s);
                long seconds = Math.round((days - Math.floor(days)) * 86_400);
                return day.atStartOfDay(zone).plusSeconds(seconds).toInstant();
            }
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException notIsoOffset) {
                // other forms below
            }
            ZoneId effective = zone;
            Matcher zoned = ZONED_TEXT.matcher(s);
            Matcher gmt = GMT_OFFSET.matcher(s);
            if (zoned.matches() && ZONE_ABBREVIATIONS.containsKey(zoned.group(2))) {
                effective = ZONE_ABBREVIATIONS.get(zoned.group(2));
                s = zoned.group(1).strip();
            } else if (gmt.matches()) {
                effective = offset(gmt.group(2));
                s = gmt.group(1).strip();
            }
            Matcher meridiem = MERIDIEM.matcher(s);
            Boolean afternoon = null;
            if (meridiem.matches()) {
                afternoon = Character.toUpperCase(meridiem.group(2).charAt(0)) == 'P';
                s = meridiem.group(1).strip();
            }
            Matcher monthName = MONTH_NAME_DATE_TIME.matcher(s);
            if (monthName.matches()) {
                LocalDate day = LocalDate.parse(monthName.group(1).replace(".", ""), MONTH_NAME_DATE);
                LocalTime time = twelveHour(LocalTime.parse(monthName.group(2), TIME), afternoon);
                return LocalDateTime.of(day, time).atZone(effective).toInstant();
            }
            if (s.endsWith("Z") && s.contains("T")) {
                return Instant.parse(s);
            }
            int split = s.indexOf('T') > 0 ? s.indexOf('T') : s.indexOf(' ');
            if (split < 0) {
                return date(s, order).atStartOfDay(effective).toInstant();
            }
            LocalDate day = date(s.substring(0, split), order);
            String timePart = s.substring(split + 1).strip();
            Matcher offset = TRAILING_OFFSET.matcher(timePart);
            if (offset.matches()) {
                effective = ZoneOffset.of(
                        offset.group(2).length() == 5
                                ? offset.group(2).substring(0, 3) + ":"
                                        + offset.group(2).substring(3)
                                : offset.group(2));
                timePart = offset.group(1).strip();
            }
            LocalTime time = twelveHour(LocalTime.parse(timePart, TIME), afternoon);
            return LocalDateTime.of(day, time).atZone(effective).toInstant();
        } catch (DateTimeException | NumberFormatException | ValueFormatException e) {
            throw new ValueFormatException(
                    "a date and time such as 2026-11-25T08:04:21+00:00 or 2026-11-25 08:04:21 UTC");
        }
    }

    /** A clock time read from a 12-hour form: 12 AM is midnight, 12 PM noon; without AM/PM it stays as read. */
    private static LocalTime twelveHour(LocalTime time, Boolean afternoon) {
        if (afternoon == null) {
            return time;
        }
        if (time.getHour() < 1 || time.getHour() > 12) {
            throw new DateTimeException("hour " + time.getHour() + " with AM/PM");
        }
        int hour = time.getHour() % 12 + (afternoon ? 12 : 0);
        return time.withHour(hour);
    }

    private static ZoneOffset offset(String text) {
        String sign = text.substring(0, 1);
        String digits = text.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.length() <= 2 ? digits : digits.substring(0, digits.length() - 2));
        int minutes = digits.length() <= 2 ? 0 : Integer.parseInt(digits.substring(digits.length() - 2));
        return "-".equals(sign)
                ? ZoneOffset.ofHoursMinutes(-hours, -minutes)
                : ZoneOffset.ofHoursMinutes(hours, minutes);
    }
}
