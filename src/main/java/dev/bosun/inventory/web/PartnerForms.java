package dev.bosun.inventory.web;

import dev.bosun.inventory.Forwarder;
import dev.bosun.inventory.InventoryInputException;
import dev.bosun.inventory.Supplier;
import java.math.BigDecimal;

/** The supplier and forwarder forms as typed, and their parsing into partners (rates typed in percent). */
final class PartnerForms {

    private PartnerForms() {}

    record SupplierForm(
            long id,
            String name,
            String contactName,
            String email,
            String phone,
            String address,
            String moq,
            String casePack,
            String productionDays,
            String paymentTerms,
            String defectRatePercent,
            String contractNotes,
            String contingencyNotes) {

        static SupplierForm empty() {
            return new SupplierForm(0, "", "", "", "", "", "0", "1", "", "", "", "", "");
        }

        static SupplierForm of(Supplier s) {
            return new SupplierForm(
                    s.id(),
                    s.name(),
                    s.contactName(),
                    s.email(),
                    s.phone(),
                    s.address(),
                    String.valueOf(s.moq()),
                    String.valueOf(s.casePack()),
                    plain(s.productionDays()),
                    s.paymentTerms(),
                    percent(s.defectRate()),
                    s.contractNotes(),
                    s.contingencyNotes());
        }

        Supplier parse() {
            return new Supplier(
                    id,
                    name,
                    contactName,
                    email,
                    phone,
                    address,
                    whole("moq", moq, 0),
                    whole("casePack", casePack, 1),
                    decimal("productionDays", productionDays, "inventory.error.days"),
                    paymentTerms,
                    rate("defectRate", defectRatePercent),
                    contractNotes,
                    contingencyNotes,
                    null,
                    null);
        }
    }

    record ForwarderForm(
            long id,
            String name,
            String contactName,
            String email,
            String phone,
            String route,
            String transitDays,
            String checkInDays,
            String currency,
            String costPerKg,
            String costPerCbm,
            String damageRatePercent,
            String contractNotes,
            String contingencyNotes) {

        static ForwarderForm empty() {
            return new ForwarderForm(0, "", "", "", "", "", "", "7", "USD", "", "", "", "", "");
        }

        static ForwarderForm of(Forwarder f) {
            return new ForwarderForm(
                    f.id(),
                    f.name(),
                    f.contactName(),
                    f.email(),
                    f.phone(),
                    f.route(),
                    plain(f.transitDays()),
                    plain(f.checkInDays()),
                    f.currency(),
                    plain(f.costPerKg()),
                    plain(f.costPerCbm()),
                    percent(f.damageRate()),
                    f.contractNotes(),
                    f.contingencyNotes());
        }

        Forwarder parse() {
            return new Forwarder(
                    id,
                    name,
                    contactName,
                    email,
                    phone,
                    route,
                    decimal("transitDays", transitDays, "inventory.error.days"),
                    decimal("checkInDays", checkInDays, "inventory.error.days"),
                    currency,
                    optional("costPerKg", costPerKg),
                    optional("costPerCbm", costPerCbm),
                    rate("damageRate", damageRatePercent),
                    contractNotes,
                    contingencyNotes,
                    null,
                    null);
        }
    }

    static int whole(String field, String text, int empty) {
        if (text == null || text.isBlank()) {
            return empty;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InventoryInputException(field, "inventory.error.whole", "a whole number: " + text);
        }
    }

    static BigDecimal decimal(String field, String text, String key) {
        BigDecimal value = optional(field, text);
        if (value == null) {
            throw new InventoryInputException(field, key, "a number is needed");
        }
        return value;
    }

    static BigDecimal optional(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InventoryInputException(field, "inventory.error.number", "a number: " + text);
        }
    }

    /** A percent as typed (2.5) as a fraction (0.025); null when blank. */
    static BigDecimal rate(String field, String percent) {
        BigDecimal value = optional(field, percent);
        return value == null ? null : value.movePointLeft(2);
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    static String percent(BigDecimal fraction) {
        return fraction == null
                ? ""
                : fraction.movePointRight(2).stripTrailingZeros().toPlainString();
    }
}
