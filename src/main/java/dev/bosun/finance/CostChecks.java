package dev.bosun.finance;

import dev.bosun.shared.Money;
import java.math.BigDecimal;
import java.util.Locale;

/** The rules every cost input meets before it is stored; each failure names the field and a message key. */
final class CostChecks {

    /** Unit costs keep up to this many decimals (e.g. 0.123456 USD per unit from a bulk price). */
    static final int UNIT_COST_DECIMALS = 6;

    private CostChecks() {}

    static String sku(String sku) {
        String s = sku == null ? "" : sku.strip();
        if (s.isEmpty()) {
            throw new CostInputException("sku", "costs.error.sku", "a SKU is required");
        }
        if (s.length() > 200) {
            throw new CostInputException("sku", "costs.error.sku", "a SKU has at most 200 characters: " + s);
        }
        return s;
    }

    static Money unitCost(String field, Money cost) {
        if (cost == null) {
            throw new CostInputException(field, "costs.error.amount", "a cost is required");
        }
        if (cost.isNegative()) {
            throw new CostInputException(field, "costs.error.amount", "a cost cannot be negative: " + cost);
        }
        if (decimals(cost.amount()) > UNIT_COST_DECIMALS) {
            throw new CostInputException(field, "costs.error.amount", "a unit cost has at most 6 decimals: " + cost);
        }
        if (cost.amount().abs().compareTo(new BigDecimal("999999999999")) > 0) {
            throw new CostInputException(field, "costs.error.amount", "the cost is too large: " + cost);
        }
        return Money.of(cost.amount().stripTrailingZeros(), cost.currency());
    }

    /** A total (bill, expense): not negative, no more decimals than its currency has (cents, whole yen). */
    static Money total(String field, Money amount) {
        if (amount == null) {
            throw new CostInputException(field, "costs.error.amount", "an amount is required");
        }
        if (amount.isNegative()) {
            throw new CostInputException(field, "costs.error.amount", "an amount cannot be negative: " + amount);
        }
        int digits = Math.max(amount.currency().getDefaultFractionDigits(), 0);
        if (decimals(amount.amount()) > digits) {
            throw new CostInputException(
                    field,
                    "costs.error.decimals",
                    "an amount in " + amount.currency().getCurrencyCode() + " has at most " + digits + " decimals: "
                            + amount.amount().toPlainString());
        }
        if (amount.amount().abs().compareTo(new BigDecimal("9999999999999999")) > 0) {
            throw new CostInputException(field, "costs.error.amount", "the amount is too large: " + amount);
        }
        return Money.of(amount.amount().setScale(digits), amount.currency());
    }

    static String category(String category) {
        String c = category == null ? "" : category.strip().toLowerCase(Locale.ROOT);
        if (c.isEmpty() || c.length() > 60) {
            throw new CostInputException(
                    "category", "costs.error.category", "a category of 1 to 60 characters is required");
        }
        return c;
    }

    static String note(String note) {
        String n = note == null ? "" : note.strip();
        if (n.length() > 500) {
            throw new CostInputException("note", "costs.error.note", "a note has at most 500 characters");
        }
        return n.isEmpty() ? null : n;
    }

    static String name(String field, String name, int max) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > max) {
            throw new CostInputException(
                    field, "costs.error.name", "a " + field + " of 1 to " + max + " characters is required");
        }
        return n;
    }

    private static int decimals(BigDecimal value) {
        return Math.max(value.stripTrailingZeros().scale(), 0);
    }
}
