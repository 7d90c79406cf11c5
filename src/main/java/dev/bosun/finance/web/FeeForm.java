package dev.bosun.finance.web;

import dev.bosun.finance.FeeQuery;
import dev.bosun.shared.Length;
import dev.bosun.shared.LengthUnit;
import dev.bosun.shared.Marketplace;
import dev.bosun.shared.Money;
import dev.bosun.shared.PackageSize;
import dev.bosun.shared.Weight;
import dev.bosun.shared.WeightUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The fee calculator's form as typed, all text so that a wrong entry comes back as typed with a message. Empty
 * optional fields are left out of the question.
 */
public record FeeForm(
        String mp,
        String category,
        String price,
        String length,
        String width,
        String height,
        String lengthUnit,
        String weight,
        String weightUnit,
        String date,
        String shipping,
        String age,
        String shortDays,
        String longDays) {

    /** Whether the form was sent (rather than the page opened). */
    public boolean submitted() {
        return price != null;
    }

    /** The form with a marketplace, date and units filled in where they are empty. */
    FeeForm withDefaults(Marketplace marketplace, LocalDate today) {
        Marketplace chosen = Marketplace.find(mp).orElse(marketplace);
        boolean imperial = chosen == Marketplace.US;
        return new FeeForm(
                chosen.code(),
                category,
                price,
                length,
                width,
                height,
                blank(lengthUnit) ? (imperial ? "in" : "cm") : lengthUnit,
                weight,
                blank(weightUnit) ? (imperial ? "lb" : "kg") : weightUnit,
                blank(date) ? today.toString() : date,
                shipping,
                age,
                shortDays,
                longDays);
    }

    /** The question, or an exception whose message is a message key ({@code fees.error.*}). */
    FeeQuery query() {
        Marketplace marketplace = Marketplace.find(mp).orElseThrow(() -> new InvalidForm("fees.error.marketplace"));
        java.util.Currency currency = marketplace.currency();
        if (blank(category)) {
            throw new InvalidForm("fees.error.category");
        }
        Money itemPrice = Money.of(amount(price, "fees.error.price"), currency);
        LengthUnit lengths = LengthUnit.find(lengthUnit).orElseThrow(() -> new InvalidForm("fees.error.dims"));
        WeightUnit weights = WeightUnit.find(weightUnit).orElseThrow(() -> new InvalidForm("fees.error.weight"));
        PackageSize size = PackageSize.of(
                new Length(amount(length, "fees.error.dims"), lengths),
                new Length(amount(width, "fees.error.dims"), lengths),
                new Length(amount(height, "fees.error.dims"), lengths),
                new Weight(amount(weight, "fees.error.weight"), weights));
        LocalDate on;
        try {
            on = LocalDate.parse(date.strip());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidForm("fees.error.date");
        }
        FeeQuery query = FeeQuery.of(marketplace, category.strip(), itemPrice, size, on);
        if (!blank(shipping)) {
            query = query.withShipping(Money.of(amount(shipping, "fees.error.price"), currency));
        }
        if (!blank(age)) {
            try {
                int days = Integer.parseInt(age.strip());
                if (days < 0) {
                    throw new NumberFormatException();
                }
                query = query.withInventoryAge(days);
            } catch (NumberFormatException e) {
                throw new InvalidForm("fees.error.age");
            }
        }
        if (!blank(shortDays) || !blank(longDays)) {
            if (blank(shortDays) || blank(longDays)) {
                throw new InvalidForm("fees.error.daysOfSupply");
            }
            query = query.withDaysOfSupply(
                    amount(shortDays, "fees.error.daysOfSupply"), amount(longDays, "fees.error.daysOfSupply"));
        }
        return query;
    }

    private static BigDecimal amount(String text, String errorKey) {
        if (blank(text)) {
            throw new InvalidForm(errorKey);
        }
        try {
            BigDecimal value = new BigDecimal(text.strip().replace(',', '.'));
            if (value.signum() < 0) {
                throw new InvalidForm(errorKey);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidForm(errorKey);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** A field the calculator cannot read; the message is the key of the text to show. */
    static final class InvalidForm extends RuntimeException {
        InvalidForm(String messageKey) {
            super(messageKey);
        }
    }
}
