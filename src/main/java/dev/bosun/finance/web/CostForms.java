package dev.bosun.finance.web;

import dev.bosun.finance.AllocationBasis;
import dev.bosun.finance.CostInputException;
import dev.bosun.finance.ShipmentBill;
import dev.bosun.shared.Length;
import dev.bosun.shared.LengthUnit;
import dev.bosun.shared.Money;
import dev.bosun.shared.PackageSize;
import dev.bosun.shared.Weight;
import dev.bosun.shared.WeightUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** Reads the text fields of the Costs and Exchange rates forms; a bad field is a {@link CostInputException}. */
final class CostForms {

    private CostForms() {}

    static BigDecimal number(String field, String text) {
        String t = text == null ? "" : text.strip().replace(" ", "");
        if (t.isEmpty()) {
            throw new CostInputException(field, "costs.error.number", "a number is required");
        }
        if (t.indexOf(',') >= 0 && t.indexOf('.') < 0) {
            t = t.replace(',', '.');
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new CostInputException(field, "costs.error.number", "not a number: " + text);
        }
    }

    static Currency currency(String field, String code) {
        try {
            return Currency.getInstance(code == null ? "" : code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CostInputException(field, "costs.error.currency", "not a currency code: " + code);
        }
    }

    static Money money(String field, String amount, String currency) {
        return Money.of(number(field, amount), currency("currency", currency));
    }

    static LocalDate day(String field, String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new CostInputException(field, "costs.error.date", "not a date: " + text);
        }
    }

    static YearMonth month(String text, YearMonth fallback) {
        try {
            return text == null || text.isBlank() ? fallback : YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    static PackageSize size(String length, String width, String height, String weight) {
        return PackageSize.of(
                new Length(positive("length", length), LengthUnit.CENTIMETRE),
                new Length(positive("width", width), LengthUnit.CENTIMETRE),
                new Length(positive("height", height), LengthUnit.CENTIMETRE),
                new Weight(positive("weight", weight), WeightUnit.KILOGRAM));
    }

    /**
     * A shipment from the form; its lines are one SKU and its units per line of text ({@code MUG-1 400},
     * {@code MUG-1,400} or {@code MUG-1<tab>400}).
     */
    static ShipmentBill shipment(
            String name,
            String date,
            String forwarder,
            String freight,
            String duties,
            String currency,
            String basis,
            String lines) {
        Currency c = currency("currency", currency);
        List<ShipmentBill.Line> parsed = new ArrayList<>();
        int number = 0;
        for (String line : (lines == null ? "" : lines).split("\\R")) {
            number++;
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            String[] parts = l.split("[\\s,;]+");
            if (parts.length != 2) {
                throw new CostInputException(
                        "lines", "costs.error.lines", "line " + number + ": write a SKU and its units, e.g. MUG-1 400");
            }
            try {
                parsed.add(new ShipmentBill.Line(parts[0], Integer.parseInt(parts[1])));
            } catch (NumberFormatException e) {
                throw new CostInputException(
                        "lines", "costs.error.lines", "line " + number + ": the units must be a whole number");
            }
        }
        AllocationBasis b;
        try {
            b = AllocationBasis.valueOf(basis == null ? "VOLUME" : basis.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CostInputException("basis", "costs.error.basis", "VOLUME or WEIGHT");
        }
        return new ShipmentBill(
                name,
                day("date", date),
                forwarder,
                Money.of(number("freight", freight), c),
                duties == null || duties.isBlank() ? Money.zero(c) : Money.of(number("duties", duties), c),
                b,
                parsed);
    }

    private static BigDecimal positive(String field, String text) {
        BigDecimal value = number(field, text);
        if (value.signum() <= 0) {
            throw new CostInputException(field, "costs.error.size", "sizes are positive");
        }
        return value;
    }
}
