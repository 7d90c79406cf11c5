package dev.bosun.simulator.reports;

import dev.bosun.shared.Marketplace;
import dev.bosun.shared.Region;
import dev.bosun.simulator.domain.Offer;
import dev.bosun.simulator.domain.StorageMonth;
import dev.bosun.simulator.domain.Store;
import dev.bosun.simulator.domain.StoreEvents;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the Monthly Storage Fees report ({@code GET_FBA_STORAGE_FEE_CHARGES_DATA}) of each marketplace whose rate
 * card has storage rates: one row per FNSKU and month with the average units on hand, the volume and the rate.
 */
final class StorageFeeFiles implements StoreEvents {

    static final List<String> COLUMNS = List.of(
            "asin",
            "fnsku",
            "product_name",
            "fulfillment_center",
            "country_code",
            "longest_side",
            "median_side",
            "shortest_side",
            "measurement_units",
            "weight",
            "weight_units",
            "item_volume",
            "volume_units",
            "product_size_tier",
            "average_quantity_on_hand",
            "average_quantity_pending_removal",
            "estimated_total_item_volume",
            "month_of_charge",
            "storage_rate",
            "currency",
            "estimated_monthly_storage_fee",
            "dangerous_goods_storage_type",
            "eligible_for_inventory_discount",
            "qualifies_for_inventory_discount",
            "total_incentive_fee_amount",
            "breakdown_incentive_fee_amount",
            "average_quantity_customer_orders");

    private final StoreFolder folder;
    private final Map<Marketplace, TextFile> files = new EnumMap<>(Marketplace.class);

    StorageFeeFiles(StoreFolder folder) {
        this.folder = folder;
    }

    @Override
    public void stored(StorageMonth month) {
        if (month.charge() == null) {
            return;
        }
        Offer offer = month.offer();
        Marketplace marketplace = offer.marketplace();
        FileLocale locale = folder.locale(marketplace);
        TextFile file = files.computeIfAbsent(
                marketplace,
                m -> folder.flatFile(m, "finance/monthly-storage-fees.txt", "finance.fba-storage-fees", COLUMNS));
        boolean imperial = marketplace.region() == Region.NA;
        double[] cm = offer.product().sizeCm();
        double factor = imperial ? 1 / 2.54 : 1;
        double weight = imperial
                ? offer.product().weightGrams() / 453.59237
                : offer.product().weightGrams() / 1000.0;
        double volume = month.charge().unitVolume();
        file.row(
                offer.asin(),
                offer.fnsku(),
                offer.title(),
                month.fulfillmentCenter(),
                marketplace.code(),
                locale.decimal(cm[0] * factor, 2),
                locale.decimal(cm[1] * factor, 2),
                locale.decimal(cm[2] * factor, 2),
                imperial ? "inches" : "centimeters",
                locale.decimal(weight, 2),
                imperial ? "pounds" : "kilograms",
                locale.decimal(volume, 4),
                month.charge().volumeUnit(),
                month.charge().sizeTier(),
                locale.decimal(month.averageUnits(), 2),
                locale.decimal(0, 2),
                locale.decimal(volume * month.averageUnits(), 4),
                month.month().toString(),
                locale.amount(Math.round(month.charge().ratePerVolume())),
                locale.currency(),
                locale.amount(month.fee()),
                "--",
                "N",
                "N",
                locale.amount(0),
                null,
                locale.decimal(0, 2));
    }

    @Override
    public void finished(Store store) {
        files.values().forEach(TextFile::close);
    }
}
