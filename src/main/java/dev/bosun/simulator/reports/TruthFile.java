package dev.bosun.simulator.reports;

import dev.bosun.shared.Marketplace;
import dev.bosun.simulator.domain.FeeSchedule;
import dev.bosun.simulator.domain.HealthLedger;
import dev.bosun.simulator.domain.HealthReport;
import dev.bosun.simulator.domain.Offer;
import dev.bosun.simulator.domain.ProfitTruth;
import dev.bosun.simulator.domain.Store;
import dev.bosun.simulator.domain.Truth;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@code truth.json}: what the simulation produced, per marketplace and SKU, for tests and demos to compare
 * imported figures with; and {@code manifest.json}: every report file with the marketplace and snapshot day to
 * import it with.
 */
final class TruthFile {

    private TruthFile() {}

    static void write(Path path, Store store, Truth truth, HealthLedger health, FeeSchedule fees) {
        write(path, store, truth, health, fees, null);
    }

    /** @param profit the store's profit lines, or null (without fees) */
    static void write(Path path, Store store, Truth truth, HealthLedger health, FeeSchedule fees, ProfitTruth profit) {
        boolean withFees = fees != null;
        try (JsonText json = new JsonText(path)) {
            json.object();
            json.field("seed", store.plan().seed());
            json.field("start", store.plan().start().toString());
            json.field("end", store.plan().end().toString());
            json.field("days", store.plan().days());
            json.field("skus", store.plan().skus());
            json.field("brand", store.brand());
            json.key("marketplaces").array();
            for (Marketplace m : store.plan().marketplaces()) {
                json.string(m.code());
            }
            json.end();
            json.field("fees", withFees);
            json.key("definitions").object();
            json.field("amounts", "decimal amounts in the marketplace's currency");
            json.field(
                    "unitsOrdered", "units of order lines not cancelled (All Orders quantity, Business Reports units)");
            json.field("sales", "item-price of order lines not cancelled, before promotions and without tax");
            json.field("cancelledItems", "order lines cancelled (quantity 0 in All Orders)");
            json.field("returnedUnits", "units in the FBA customer returns and merchant returns reports");
            json.field("adSpend", "Sponsored Products spend by advertised SKU; brands and display spend apart");
            json.field("sessions", "Business Report sessions (organic visits and ad clicks)");
            json.field(
                    "lostUnits",
                    "units shoppers would have bought while out of stock or while a hijacker held the Buy Box");
            json.field("health", "metrics of the last day's seller performance report");
            json.field(
                    "settled",
                    "money in the settlements closed by the last day, signed as the settlement shows it; the open"
                            + " period is not settled");
            json.field(
                    "fees",
                    "from Bosun's bundled rate cards (the finance fee calculator and the cards' refund administration"
                            + " and removal values); days before a marketplace's first card at that card's rates");
            json.field(
                    "marketEvents",
                    "runs of days in which the market, not the store, moved a SKU's sales: competitors' sales"
                            + " (competitor-sale), coupons, event deals, a hijacker on the listing, and days out of"
                            + " stock (planted stock-out risks; a healthy store's reorders keep its shelves stocked)");
            json.field(
                    "removedUnits",
                    "sellable units removal orders sent back to the seller (VendorReturns in the inventory ledger);"
                            + " disposedUnits: unsellable units destroyed");
            if (profit != null) {
                ProfitTruthJson.definitions(json);
            }
            json.end();
            json.key("byMarketplace").object();
            for (Marketplace m : store.plan().marketplaces()) {
                int digits = store.locality(m).minorDigits();
                json.key(m.code()).object();
                json.field("currency", m.currency().getCurrencyCode());
                json.key("totals").object();
                figures(json, truth.total(m), digits, true);
                json.end();
                HealthReport report = health.report(m, store.plan().days() - 1);
                json.key("health").object();
                json.numberField("orderDefectRate", rate(report.orderDefectRate()));
                json.numberField("orderDefectRateAfn", rate(report.afn().rate()));
                json.numberField("orderDefectRateMfn", rate(report.mfn().rate()));
                json.numberField("lateShipmentRate", rate(report.lateShipmentRate()));
                json.numberField("preFulfillmentCancellationRate", rate(report.cancellationRate()));
                json.numberField("validTrackingRate", rate(report.validTrackingRate()));
                json.numberField("onTimeDeliveryRate", rate(report.onTimeDeliveryRate()));
                json.end();
                if (withFees) {
                    Truth.Settled settled = truth.settled(m);
                    json.key("settled").object();
                    json.field("orderLines", settled.orderLines);
                    json.field("refunds", settled.refunds);
                    json.numberField("principal", amount(settled.principal, digits));
                    json.numberField("tax", amount(settled.tax, digits));
                    json.numberField("promotions", amount(settled.promotions, digits));
                    json.numberField("commission", amount(settled.commission, digits));
                    json.numberField("fulfillmentFees", amount(settled.fulfillmentFees, digits));
                    json.numberField("refundedPrincipal", amount(settled.refundedPrincipal, digits));
                    json.numberField("refundedTax", amount(settled.refundedTax, digits));
                    json.numberField("refundCommission", amount(settled.refundCommission, digits));
                    json.numberField("reimbursements", amount(settled.reimbursements, digits));
                    json.numberField("storageFees", amount(settled.storageFees, digits));
                    json.numberField("removalFees", amount(settled.removalFees, digits));
                    json.numberField("total", amount(settled.total(), digits));
                    json.end();
                }
                if (profit != null) {
                    ProfitTruthJson.marketplace(json, profit, store, m);
                }
                json.key("marketEvents").array();
                for (Truth.MarketEvent event : truth.marketEvents(m)) {
                    json.object();
                    json.field("sku", event.offer().sku());
                    json.field("kind", event.kind());
                    json.field("from", store.plan().date(event.from()).toString());
                    json.field("to", store.plan().date(event.to()).toString());
                    if (event.detail() != null) {
                        json.field("detail", event.detail());
                    }
                    json.end();
                }
                json.end();
                json.key("skus").array();
                for (Map.Entry<Offer, Truth.Figures> entry : truth.offers(m).entrySet()) {
                    Offer offer = entry.getKey();
                    json.object();
                    json.field("sku", offer.sku());
                    json.field("asin", offer.asin());
                    json.field("fnsku", offer.fnsku());
                    json.field("fulfilledByAmazon", offer.fba());
                    json.field(
                            "launched",
                            store.plan()
                                    .date(Math.max(0, offer.product().launchDay()))
                                    .toString());
                    json.numberField("listPrice", amount(offer.listPrice(), digits));
                    json.field("category", offer.product().category().name());
                    if (withFees) {
                        json.field(
                                "feeCategory", fees.category(offer, store.plan().end()));
                    }
                    double[] cm = offer.product().sizeCm();
                    json.field("packageCm", String.format(Locale.ROOT, "%.1f x %.1f x %.1f", cm[0], cm[1], cm[2]));
                    json.field("weightGrams", offer.product().weightGrams());
                    figures(json, entry.getValue(), digits, false);
                    json.field("endFulfillable", offer.fulfillable());
                    json.numberField("rating", String.format(Locale.ROOT, "%.2f", offer.rating()));
                    if (profit != null) {
                        ProfitTruthJson.sku(json, profit, offer, digits);
                    }
                    json.end();
                }
                json.end();
                json.end();
            }
            json.end();
            json.end();
        }
    }

    private static void figures(JsonText json, Truth.Figures f, int digits, boolean marketplace) {
        json.field("orderItems", f.orderItems);
        json.field("cancelledItems", f.cancelledItems);
        json.field("unitsOrdered", f.unitsOrdered);
        json.field("unitsShipped", f.unitsShipped);
        json.numberField("sales", amount(f.sales, digits));
        json.numberField("promotionDiscounts", amount(f.promotionDiscounts, digits));
        json.numberField("tax", amount(f.tax, digits));
        json.field("returns", f.returns);
        json.field("returnedUnits", f.returnedUnits);
        json.numberField("returnRate", rate(f.returnRate()));
        json.numberField("refunds", amount(f.refunds, digits));
        json.numberField("referralFees", amount(f.referralFees, digits));
        json.numberField("fulfillmentFees", amount(f.fulfillmentFees, digits));
        json.numberField("refundAdministrationFees", amount(f.refundAdministrationFees, digits));
        json.numberField("storageFees", amount(f.storageFees, digits));
        json.field("removedUnits", f.removedUnits);
        json.field("disposedUnits", f.disposedUnits);
        json.numberField("removalFees", amount(f.removalFees, digits));
        json.field("reimbursedUnits", f.reimbursedUnits);
        json.numberField("reimbursements", amount(f.reimbursements, digits));
        json.field("sessions", f.sessions);
        json.field("pageViews", f.pageViews);
        json.field("lostUnits", f.lostUnits);
        json.field("stockOutDays", f.stockOutDays);
        json.field("reviews", f.reviews);
        json.field("feedback", f.feedback);
        json.field("negativeFeedback", f.negativeFeedback);
        json.field("messages", f.messages);
        json.field("adImpressions", f.adImpressions);
        json.field("adClicks", f.adClicks);
        json.numberField("adSpend", amount(f.adSpend, digits));
        json.field("adOrders", f.adOrders);
        json.field("adUnits", f.adUnits);
        json.numberField("adSales", amount(f.adSales, digits));
        json.numberField("acos", rate(f.acos()));
        if (marketplace) {
            json.numberField("brandsSpend", amount(f.brandsSpend, digits));
            json.numberField("brandsSales", amount(f.brandsSales, digits));
            json.numberField("displaySpend", amount(f.displaySpend, digits));
            json.numberField("displaySales", amount(f.displaySales, digits));
        }
    }

    static void manifest(Path path, Store store, List<WrittenFile> files) {
        try (JsonText json = new JsonText(path)) {
            json.object();
            json.field("seed", store.plan().seed());
            json.field("start", store.plan().start().toString());
            json.field("end", store.plan().end().toString());
            json.key("files").array();
            for (WrittenFile file : files) {
                json.object();
                json.field("path", file.path());
                json.field("report", file.report());
                json.field("marketplace", file.marketplace().code());
                json.field("region", file.marketplace().region().name());
                if (file.snapshotDay() != null) {
                    json.field("period", file.snapshotDay().toString());
                }
                json.end();
            }
            json.end();
            json.end();
        }
    }

    static String amount(long minor, int digits) {
        return BigDecimal.valueOf(minor, digits).toPlainString();
    }

    private static String rate(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }
}
