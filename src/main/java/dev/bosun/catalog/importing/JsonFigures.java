package dev.bosun.catalog.importing;

import dev.bosun.amazon.ReportContent;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.DateTimeException;
import java.time.LocalDate;
import tools.jackson.databind.JsonNode;

/**
 * Reads the values of a JSON report document, recording each problem at its JSON path ({@code
 * salesAndTrafficByAsin[3].salesByAsin.unitsOrdered}). An absent or null value reads as null; a required one
 * that is absent, or a value of the wrong kind, is a problem.
 */
final class JsonFigures {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ReportContent content;
    private long problems;

    JsonFigures(ReportContent content) {
        this.content = content;
    }

    /** Problems recorded so far, to tell whether a part of the document read cleanly. */
    long problems() {
        return problems;
    }

    String text(JsonNode parent, String path, String field, boolean required) {
        JsonNode node = value(parent, path, field, required, "a text");
        if (node == null) {
            return null;
        }
        if (!node.isString() || node.stringValue().isBlank()) {
            return reject(path, field, "a text", node);
        }
        return node.stringValue().strip();
    }

    /** A date, or the date part of a date-time ({@code 2021-06-11}, {@code 2021-06-11T00:00:00Z}). */
    LocalDate date(JsonNode parent, String path, String field, boolean required) {
        JsonNode node = value(parent, path, field, required, "a date such as 2021-06-11");
        if (node == null) {
            return null;
        }
        String text = node.isString() ? node.stringValue().strip() : "";
        if (text.length() >= 10) {
            try {
                return LocalDate.parse(text.substring(0, 10));
            } catch (DateTimeException e) {
                // reported below
            }
        }
        return reject(path, field, "a date such as 2021-06-11", node);
    }

    /** A whole number of 0 or more. */
    Long count(JsonNode parent, String path, String field, boolean required) {
        JsonNode node = value(parent, path, field, required, "a whole number");
        if (node == null) {
            return null;
        }
        if (!node.isNumber()) {
            return reject(path, field, "a whole number", node);
        }
        BigDecimal value = node.decimalValue();
        try {
            long whole = value.stripTrailingZeros().longValueExact();
            if (whole < 0) {
                return reject(path, field, "a whole number of 0 or more", node);
            }
            return whole;
        } catch (ArithmeticException e) {
            return reject(path, field, "a whole number", node);
        }
    }

    /** A number of 0 or more ({@code 1.15}). */
    BigDecimal decimal(JsonNode parent, String path, String field, boolean required) {
        JsonNode node = value(parent, path, field, required, "a number");
        if (node == null) {
            return null;
        }
        if (!node.isNumber() || node.decimalValue().signum() < 0) {
            return reject(path, field, "a number of 0 or more", node);
        }
        return node.decimalValue();
    }

    /** A percentage in percent points ({@code 95.5} = 95.5 %), as a fraction (0.955). */
    BigDecimal share(JsonNode parent, String path, String field, boolean required) {
        BigDecimal points = decimal(parent, path, field, required);
        return points == null ? null : points.divide(HUNDRED, MathContext.DECIMAL64);
    }

    /**
     * The amount of an {@code Amount} object ({@code {"amount": 238.44, "currencyCode": "USD"}}), which must be in
     * {@code currency} when that is known.
     */
    BigDecimal amount(JsonNode parent, String path, String field, boolean required, String currency) {
        JsonNode node = value(parent, path, field, required, "an amount with currencyCode");
        if (node == null) {
            return null;
        }
        if (!node.isObject()) {
            return reject(path, field, "an object with amount and currencyCode", node);
        }
        String where = path + "." + field;
        BigDecimal amount = null;
        JsonNode value = node.get("amount");
        if (value == null || !value.isNumber()) {
            reject(where, "amount", "a number", value);
        } else {
            amount = value.decimalValue();
        }
        String code = currencyOf(node);
        if (code == null) {
            reject(where, "currencyCode", "an ISO currency code such as USD", node.get("currencyCode"));
            return null;
        }
        if (currency != null && !currency.equals(code)) {
            reject(
                    where,
                    "currencyCode",
                    currency + ", the currency of the row's ordered product sales",
                    node.get("currencyCode"));
            return null;
        }
        return amount;
    }

    /** The currency code of an {@code Amount} object, or null when it has none. */
    static String currencyOf(JsonNode amount) {
        JsonNode code = amount == null ? null : amount.get("currencyCode");
        if (code == null || !code.isString() || !code.stringValue().strip().matches("[A-Z]{3}")) {
            return null;
        }
        return code.stringValue().strip();
    }

    /** Records a problem at {@code path}. */
    void reject(String path, String expected, String found) {
        problems++;
        content.reject(path, expected, found);
    }

    private JsonNode value(JsonNode parent, String path, String field, boolean required, String expected) {
        JsonNode node = parent == null ? null : parent.get(field);
        if (node == null || node.isNull() || node.isMissingNode()) {
            if (required) {
                reject(path + "." + field, expected, "nothing");
            }
            return null;
        }
        return node;
    }

    private <T> T reject(String path, String field, String expected, JsonNode found) {
        reject(path + "." + field, expected, found == null ? "nothing" : abbreviate(found.toString()));
        return null;
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
