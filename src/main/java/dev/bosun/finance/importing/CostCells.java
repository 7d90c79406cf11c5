package dev.bosun.finance.importing;

import dev.bosun.amazon.ReportRow;
import dev.bosun.finance.AllocationBasis;
import dev.bosun.finance.domain.ChargeMonth;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the cells of Bosun's cost and exchange-rate templates that Amazon's reports do not have. */
final class CostCells {

    private static final Pattern RATE = Pattern.compile("[0-9]+([.,][0-9]+)?");
    private static final Pattern CHINESE_MONTH = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月?");

    private CostCells() {}

    /** An ISO 4217 currency code; records a problem when empty (if required), malformed or unknown. */
    static Currency currency(ReportRow row, String column, boolean required) {
        String code = required ? Currencies.require(row, column) : Currencies.read(row, column);
        if (code == null) {
            return null;
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            row.reject(column, "an ISO 4217 currency code such as USD, CNY or EUR", "\"" + code + "\"");
            return null;
        }
    }

    /**
     * A rate: digits with one decimal point or comma, no thousands separators (rates are written as published:
     * 7.1036, 162.88, 0,8553). Records a problem when empty, malformed or not positive.
     */
    static BigDecimal rate(ReportRow row, String column) {
        String text = row.requireText(column);
        if (text == null) {
            return null;
        }
        if (!RATE.matcher(text).matches()) {
            row.reject(column, "a positive rate such as 7.1036 (no thousands separators)", "\"" + text + "\"");
            return null;
        }
        BigDecimal rate = new BigDecimal(text.replace(',', '.'));
        if (rate.signum() <= 0) {
            row.reject(column, "a positive rate such as 7.1036", "\"" + text + "\"");
            return null;
        }
        return rate;
    }

    /** A month: 2026-03, 2026/03, 03/2026, Mar 2026, 2026年3月, or a date in it. Records a problem when not one. */
    static YearMonth month(ReportRow row, String column) {
        String text = row.requireText(column);
        if (text == null) {
            return null;
        }
        java.util.regex.Matcher chinese = CHINESE_MONTH.matcher(text.strip());
        Optional<YearMonth> month = chinese.matches()
                ? parseChinese(chinese)
                : ChargeMonth.parse(text)
                        .or(() -> Optional.ofNullable(row.date(column)).map(YearMonth::from));
        if (month.isEmpty()) {
            row.reject(column, "a month such as 2026-03, Mar 2026 or 2026年3月", "\"" + text + "\"");
            return null;
        }
        return month.get();
    }

    /** VOLUME or WEIGHT (体积 / 重量, any case); {@code fallback} when the cell is empty. */
    static AllocationBasis basis(ReportRow row, String column, AllocationBasis fallback) {
        String text = row.text(column);
        if (text == null) {
            return fallback;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("volume") || t.equals("体积") || t.equals("按体积")) {
            return AllocationBasis.VOLUME;
        }
        if (t.equals("weight") || t.equals("重量") || t.equals("按重量")) {
            return AllocationBasis.WEIGHT;
        }
        row.reject(column, "VOLUME or WEIGHT (体积 or 重量)", "\"" + text + "\"");
        return null;
    }

    /** A positive amount with at most {@code decimals} decimals, or null when empty (a problem when required). */
    static BigDecimal amount(ReportRow row, String column, boolean required, int decimals, boolean positive) {
        BigDecimal value = required ? row.requireMoney(column) : row.money(column);
        if (value == null) {
            return null;
        }
        if (value.signum() < 0 || (positive && value.signum() == 0)) {
            row.reject(column, positive ? "a positive amount" : "an amount of zero or more", value.toPlainString());
            return null;
        }
        if (Math.max(value.stripTrailingZeros().scale(), 0) > decimals) {
            row.reject(column, "an amount with at most " + decimals + " decimals", value.toPlainString());
            return null;
        }
        return value;
    }

    private static Optional<YearMonth> parseChinese(java.util.regex.Matcher m) {
        int month = Integer.parseInt(m.group(2));
        return month < 1 || month > 12
                ? Optional.empty()
                : Optional.of(YearMonth.of(Integer.parseInt(m.group(1)), month));
    }
}
