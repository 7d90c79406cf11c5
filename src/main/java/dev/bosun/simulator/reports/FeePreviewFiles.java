package dev.bosun.simulator.reports;

import dev.bosun.shared.Marketplace;
import dev.bosun.shared.Region;
import dev.bosun.simulator.domain.FeeSchedule;
import dev.bosun.simulator.domain.Offer;
import dev.bosun.simulator.domain.Store;
import dev.bosun.simulator.domain.StoreEvents;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes the FBA fee preview ({@code GET_FBA_ESTIMATED_FBA_FEES_TXT_DATA}) of each marketplace at the last day: per
 * FBA SKU its package, size tier, referral and fulfilment fee at the list price. North America and Japan get the US
 * columns (inches and pounds in the US), Europe the EU variant with its British spelling.
 */
final class FeePreviewFiles implements StoreEvents {

    static final List<String> US_COLUMNS = List.of(
            "sku",
            "fnsku",
            "asin",
            "product-name",
            "product-group",
            "brand",
            "fulfilled-by",
            "your-price",
            "sales-price",
            "longest-side",
            "median-side",
            "shortest-side",
            "length-and-girth",
            "unit-of-dimension",
            "item-package-weight",
            "unit-of-weight",
            "product-size-tier",
            "currency",
            "estimated-fee-total",
            "estimated-referral-fee-per-unit",
            "estimated-variable-closing-fee",
            "estimated-order-handling-fee-per-order",
            "estimated-pick-pack-fee-per-unit",
            "estimated-weight-handling-fee-per-unit",
            "expected-fulfillment-fee-per-unit");

    static final List<String> EU_COLUMNS = List.of(
            "sku",
            "fnsku",
            "asin",
            "product-name",
            "product-group",
            "brand",
            "fulfilled-by",
            "has-local-inventory",
            "your-price",
            "sales-price",
            "longest-side",
            "median-side",
            "shortest-side",
            "length-and-girth",
            "unit-of-dimension",
            "item-package-weight",
            "unit-of-weight",
            "product-size-weight-band",
            "currency",
            "estimated-fee-total",
            "estimated-referral-fee-per-unit",
            "estimated-variable-closing-fee",
            "expected-domestic-fulfilment-fee-per-unit");

    private final StoreFolder folder;
    private final FeeSchedule fees;

    FeePreviewFiles(StoreFolder folder, FeeSchedule fees) {
        this.folder = folder;
        this.fees = fees;
    }

    @Override
    public void finished(Store store) {
        LocalDate end = store.plan().end();
        int last = store.plan().days() - 1;
        for (Marketplace marketplace : store.plan().marketplaces()) {
            List<Offer> offers = store.offers(marketplace).stream()
                    .filter(o -> o.fba() && o.launched(last))
                    .toList();
            if (offers.isEmpty()) {
                continue;
            }
            FileLocale locale = folder.locale(marketplace);
            boolean europe = marketplace.region() == Region.EU;
            boolean imperial = marketplace.region() == Region.NA;
            try (TextFile file = folder.flatFile(
                    marketplace,
                    "finance/fba-fee-preview.txt",
                    "finance.fba-fee-estimates",
                    end,
                    europe ? EU_COLUMNS : US_COLUMNS)) {
                for (Offer offer : offers) {
                    long referral = fees.referralFee(offer, offer.listPrice(), end);
                    long fulfillment = fees.fulfillmentFee(offer, offer.listPrice(), end);
                    double[] cm = offer.product().sizeCm();
                    double factor = imperial ? 1 / 2.54 : 1;
                    double girth = cm[0] + 2 * (cm[1] + cm[2]);
                    double weight = imperial
                            ? offer.product().weightGrams() / 453.59237
                            : offer.product().weightGrams() / 1000.0;
                    String[] common = {
                        offer.sku(),
                        offer.fnsku(),
                        offer.asin(),
                        offer.title(),
                        offer.product().category().title(0),
                        offer.product().brand(),
                        "AMAZON_" + marketplace.region().name()
                    };
                    String[] sizes = {
                        locale.amount(offer.listPrice()),
                        locale.amount(offer.listPrice()),
                        locale.decimal(cm[0] * factor, 2),
                        locale.decimal(cm[1] * factor, 2),
                        locale.decimal(cm[2] * factor, 2),
                        locale.decimal(girth * factor, 2),
                        imperial ? "inches" : "centimeters",
                        locale.decimal(weight, 2),
                        imperial ? "pounds" : "kilograms",
                        fees.sizeTier(offer, end),
                        locale.currency(),
                        locale.amount(referral + fulfillment),
                        locale.amount(referral),
                        locale.amount(0)
                    };
                    String[] row = new String[(europe ? EU_COLUMNS : US_COLUMNS).size()];
                    System.arraycopy(common, 0, row, 0, common.length);
                    if (europe) {
                        row[7] = "Y";
                        System.arraycopy(sizes, 0, row, 8, sizes.length);
                        row[22] = locale.amount(fulfillment);
                    } else {
                        System.arraycopy(sizes, 0, row, 7, sizes.length);
                        row[24] = locale.amount(fulfillment);
                    }
                    file.row(row);
                }
            }
        }
    }
}
