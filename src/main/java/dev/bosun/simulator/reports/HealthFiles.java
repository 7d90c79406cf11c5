package dev.bosun.simulator.reports;

import dev.bosun.shared.Marketplace;
import dev.bosun.simulator.domain.HealthLedger;
import dev.bosun.simulator.domain.HealthReport;
import dev.bosun.simulator.domain.Store;
import dev.bosun.simulator.domain.StoreEvents;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Writes the seller performance report ({@code GET_V2_SELLER_PERFORMANCE_REPORT}, JSON per Amazon's schema
 * accountHealthReport-2020-11-18) of each marketplace every fourteen days and on the last day, with the metrics'
 * windows, counts, rates and Amazon's targets.
 */
final class HealthFiles implements StoreEvents {

    static final int EVERY = 14;

    private final StoreFolder folder;
    private final HealthLedger ledger;
    private Store store;

    HealthFiles(StoreFolder folder, HealthLedger ledger) {
        this.folder = folder;
        this.ledger = ledger;
    }

    @Override
    public void started(Store store) {
        this.store = store;
    }

    @Override
    public void dayEnded(Marketplace marketplace, int day) {
        if ((day + 1) % EVERY != 0 && day != store.plan().days() - 1) {
            return;
        }
        HealthReport report = ledger.report(marketplace, day);
        LocalDate date = store.plan().date(day);
        try (JsonText json =
                folder.json(marketplace, "health/seller-performance-" + date + ".json", "health.seller-performance")) {
            json.object();
            json.key("accountStatuses").array();
            json.object()
                    .field("marketplaceId", marketplace.id())
                    .field("status", "NORMAL")
                    .end();
            json.end();
            json.key("performanceMetrics").array().object();
            json.field("marketplaceId", marketplace.id());
            json.key("accountHealthRating").object();
            json.field("accountHealthRatingStatus", report.orderDefectRate() < 0.01 ? "GREAT" : "WARNED");
            range(json, day - 179, day);
            json.end();
            json.key("orderDefectRate").object();
            defects(json, "afn", report, report.afn());
            defects(json, "mfn", report, report.mfn());
            json.end();
            json.key("lateShipmentRate").object();
            range(
                    json,
                    report.lateShipmentWindow().from(),
                    report.lateShipmentWindow().to());
            json.field("orderCount", report.mfnShipments());
            json.field("lateShipmentCount", report.lateShipments());
            rate(json, report.lateShipmentRate(), "0.04", "LESS_THAN", report.lateShipmentRate() < 0.04);
            json.end();
            json.key("preFulfillmentCancellationRate").object();
            range(
                    json,
                    report.cancellationWindow().from(),
                    report.cancellationWindow().to());
            json.field("orderCount", report.mfnOrders());
            json.field("cancellationCount", report.sellerCancellations());
            rate(json, report.cancellationRate(), "0.025", "LESS_THAN", report.cancellationRate() < 0.025);
            json.end();
            json.key("validTrackingRate").object();
            range(json, report.trackingWindow().from(), report.trackingWindow().to());
            json.field("shipmentCount", report.trackedShipments());
            json.field("validTrackingCount", report.validTracking());
            rate(json, report.validTrackingRate(), "0.95", "GREATER_THAN", report.validTrackingRate() > 0.95);
            json.end();
            json.key("onTimeDeliveryRate").object();
            range(json, report.deliveryWindow().from(), report.deliveryWindow().to());
            json.field("shipmentCountWithValidTracking", report.deliveriesWithTracking());
            json.field("onTimeDeliveryCount", report.onTimeDeliveries());
            rate(json, report.onTimeDeliveryRate(), "0.9", "GREATER_THAN", report.onTimeDeliveryRate() > 0.9);
            json.end();
            for (String policy : new String[] {
                "listingPolicyViolations",
                "productAuthenticityCustomerComplaints",
                "productSafetyCustomerComplaints",
                "receivedIntellectualPropertyComplaints",
                "restrictedProductPolicyViolations"
            }) {
                json.key(policy).object();
                range(json, day - 179, day);
                json.field("defectsCount", 0);
                json.field("status", "GOOD");
                json.numberField("targetValue", "0");
                json.field("targetCondition", "EQUALS");
                json.end();
            }
            json.end().end();
            json.end();
        }
    }

    private void defects(JsonText json, String channel, HealthReport report, HealthReport.Defects d) {
        json.key(channel).object();
        range(json, report.defectWindow().from(), report.defectWindow().to());
        json.field("orderCount", d.orders());
        json.key("orderWithDefects")
                .object()
                .field("count", d.defective())
                .field("status", status(d.defective() == 0))
                .end();
        json.key("claims")
                .object()
                .field("count", d.claims())
                .field("status", status(d.claims() == 0))
                .end();
        json.key("chargebacks")
                .object()
                .field("count", d.chargebacks())
                .field("status", status(d.chargebacks() == 0))
                .end();
        json.key("negativeFeedback")
                .object()
                .field("count", d.negativeFeedback())
                .field("status", status(d.negativeFeedback() == 0))
                .end();
        rate(json, d.rate(), "0.01", "LESS_THAN", d.rate() < 0.01);
        json.end();
    }

    private static void rate(JsonText json, double rate, String target, String condition, boolean good) {
        json.field("status", good ? "GOOD" : "BAD");
        json.numberField("rate", String.format(Locale.ROOT, "%.4f", rate));
        json.numberField("targetValue", target);
        json.field("targetCondition", condition);
    }

    private static String status(boolean none) {
        return none ? "NONE" : "GOOD";
    }

    private void range(JsonText json, int from, int to) {
        LocalDate first = store.plan().date(Math.max(0, from));
        LocalDate last = store.plan().date(Math.max(0, to));
        json.key("reportingDateRange")
                .object()
                .field("reportingDateFrom", first + "T00:00:00Z")
                .field("reportingDateTo", last + "T23:59:59Z")
                .end();
    }
}
