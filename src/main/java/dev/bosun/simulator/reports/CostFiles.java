package dev.bosun.simulator.reports;

import dev.bosun.shared.Marketplace;
import dev.bosun.simulator.domain.InboundShipment;
import dev.bosun.simulator.domain.Offer;
import dev.bosun.simulator.domain.Store;
import dev.bosun.simulator.domain.StoreEvents;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes what the seller knows of its own costs, in Bosun's import templates ({@code import-templates/}): the cost of
 * goods of every SKU from the first day ({@code costs/sku-costs.csv}), every inbound shipment with its first-leg
 * freight and duties as it leaves the factory ({@code costs/inbound-shipment-costs.csv}), and the monthly expenses
 * outside Amazon ({@code costs/expenses.csv}). Amounts in the marketplace's currency. Freight is a share of the
 * goods' value (sea 8 %, air 30 %), duties 4 % of it: the model has no freight tariff of its own.
 */
final class CostFiles implements StoreEvents {

    static final List<String> SKU_COSTS = List.of("sku", "unit-cost", "currency", "effective-from");
    static final List<String> SHIPMENTS = List.of(
            "shipment",
            "shipment-date",
            "forwarder",
            "sku",
            "units",
            "freight",
            "duties",
            "currency",
            "basis",
            "unit-length-cm",
            "unit-width-cm",
            "unit-height-cm",
            "unit-weight-kg");
    static final List<String> EXPENSES = List.of("month", "category", "amount", "currency", "note");

    private final StoreFolder folder;
    private final Map<Marketplace, TextFile> shipments = new EnumMap<>(Marketplace.class);
    private Store store;

    CostFiles(StoreFolder folder) {
        this.folder = folder;
    }

    @Override
    public void started(Store store) {
        this.store = store;
    }

    @Override
    public void inboundShipped(InboundShipment shipment) {
        Offer offer = shipment.offer();
        Marketplace marketplace = offer.marketplace();
        TextFile file = shipments.computeIfAbsent(
                marketplace,
                m -> folder.csvFile(
                        m, "costs/inbound-shipment-costs.csv", "finance.inbound-shipment-costs", true, SHIPMENTS));
        long goods = offer.unitCost() * shipment.units();
        boolean air = "AIR".equals(shipment.forwarder().mode());
        double[] cm = offer.product().sizeCm();
        file.row(
                shipment.shipmentId(),
                store.plan().date(shipment.shipDay()).toString(),
                shipment.forwarder().name(),
                offer.sku(),
                Integer.toString(shipment.units()),
                amount(offer, Math.round(goods * (air ? 0.30 : 0.08))),
                amount(offer, Math.round(goods * 0.04)),
                marketplace.currency().getCurrencyCode(),
                "VOLUME",
                decimal(cm[0]),
                decimal(cm[1]),
                decimal(cm[2]),
                BigDecimal.valueOf(offer.product().weightGrams(), 3).toPlainString());
    }

    @Override
    public void finished(Store store) {
        shipments.values().forEach(TextFile::close);
        for (Marketplace marketplace : store.plan().marketplaces()) {
            String currency = marketplace.currency().getCurrencyCode();
            try (TextFile file =
                    folder.csvFile(marketplace, "costs/sku-costs.csv", "finance.sku-costs", true, SKU_COSTS)) {
                for (Offer offer : store.offers(marketplace)) {
                    file.row(
                            offer.sku(),
                            amount(offer, offer.unitCost()),
                            currency,
                            store.plan().start().toString());
                }
            }
            // A tool subscription a month, about 49 US dollars in each marketplace's money.
            long software = dev.bosun.simulator.domain.ProfitTruth.monthlySoftware(store, marketplace);
            Offer any = store.offers(marketplace).get(0);
            try (TextFile file =
                    folder.csvFile(marketplace, "costs/expenses.csv", "finance.expenses", true, EXPENSES)) {
                YearMonth last = YearMonth.from(store.plan().end());
                for (YearMonth month = YearMonth.from(store.plan().start());
                        !month.isAfter(last);
                        month = month.plusMonths(1)) {
                    file.row(
                            month.toString(),
                            "software",
                            amount(any, software),
                            currency,
                            "Keyword research and repricing tools");
                }
            }
        }
    }

    /** A plain amount with a decimal point, as the templates write it. */
    private static String amount(Offer offer, long minor) {
        return BigDecimal.valueOf(minor, offer.locality().minorDigits()).toPlainString();
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
