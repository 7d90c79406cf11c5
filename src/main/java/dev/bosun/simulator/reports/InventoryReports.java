package dev.bosun.simulator.reports;

import dev.bosun.shared.Marketplace;
import dev.bosun.shared.Region;
import dev.bosun.simulator.domain.Offer;
import dev.bosun.simulator.domain.OfferDay;
import dev.bosun.simulator.domain.Store;
import dev.bosun.simulator.domain.StoreEvents;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the inventory reports: the daily Inventory Ledger summary as the simulation runs; the snapshots a seller
 * downloads each day (Manage FBA Inventory, the Restock Inventory recommendations, Stranded Inventory and the FBA
 * Inventory planning report), one file per snapshot day named with its date; and at the end the merchant listings
 * report of the last day (Bosun keeps listings as their current state, not as a history, so one copy is enough).
 */
final class InventoryReports implements StoreEvents {

    static final List<String> LEDGER = List.of(
            "Date",
            "FNSKU",
            "ASIN",
            "MSKU",
            "Title",
            "Disposition",
            "StartingWarehouseBalance",
            "InTransitBetweenWarehouses",
            "Receipts",
            "CustomerShipments",
            "CustomerReturns",
            "VendorReturns",
            "WarehouseTransferIn/Out",
            "Found",
            "Lost",
            "Damaged",
            "Disposed",
            "OtherEvents",
            "EndingWarehouseBalance",
            "UnknownEvents",
            "Location");

    static final List<String> LISTINGS = List.of(
            "item-name",
            "item-description",
            "listing-id",
            "seller-sku",
            "price",
            "quantity",
            "open-date",
            "image-url",
            "item-is-marketplace",
            "product-id-type",
            "zshop-shipping-fee",
            "item-note",
            "item-condition",
            "zshop-category1",
            "zshop-browse-path",
            "zshop-storefront-feature",
            "asin1",
            "asin2",
            "asin3",
            "will-ship-internationally",
            "expedited-shipping",
            "zshop-boldface",
            "product-id",
            "bid-for-featured-placement",
            "add-delete",
            "pending-quantity",
            "fulfillment-channel",
            "merchant-shipping-group",
            "status");

    static final List<String> MANAGE_INVENTORY = List.of(
            "sku",
            "fnsku",
            "asin",
            "product-name",
            "condition",
            "your-price",
            "mfn-listing-exists",
            "mfn-fulfillable-quantity",
            "afn-listing-exists",
            "afn-warehouse-quantity",
            "afn-fulfillable-quantity",
            "afn-unsellable-quantity",
            "afn-reserved-quantity",
            "afn-total-quantity",
            "per-unit-volume",
            "afn-inbound-working-quantity",
            "afn-inbound-shipped-quantity",
            "afn-inbound-receiving-quantity",
            "afn-researching-quantity",
            "afn-reserved-future-supply",
            "afn-future-supply-buyable");

    static final List<String> RESTOCK = List.of(
            "Country",
            "Product Name",
            "FNSKU",
            "Merchant SKU",
            "ASIN",
            "Condition",
            "Supplier",
            "Supplier part no.",
            "Currency code",
            "Price",
            "Sales last 30 days",
            "Units Sold Last 30 Days",
            "Total Units",
            "Inbound",
            "Available",
            "FC transfer",
            "FC Processing",
            "Customer Order",
            "Unfulfillable",
            "Working",
            "Shipped",
            "Receiving",
            "Fulfilled by",
            "Total Days of Supply (including units from open shipments)",
            "Days of Supply at Amazon Fulfillment Network",
            "Alert",
            "Recommended replenishment qty",
            "Recommended ship date",
            "Recommended action",
            "Unit storage size");

    static final List<String> PLANNING = List.of(
            "snapshot-date",
            "sku",
            "fnsku",
            "asin",
            "product-name",
            "condition",
            "available",
            "pending-removal-quantity",
            "inv-age-0-to-90-days",
            "inv-age-91-to-180-days",
            "inv-age-181-to-270-days",
            "inv-age-271-to-365-days",
            "inv-age-365-plus-days",
            "currency",
            "units-shipped-t7",
            "units-shipped-t30",
            "units-shipped-t60",
            "units-shipped-t90",
            "alert",
            "your-price",
            "sales-price",
            "lowest-price-new-plus-shipping",
            "featuredoffer-price",
            "recommended-action",
            "sell-through",
            "item-volume",
            "volume-unit-measurement",
            "storage-type",
            "marketplace",
            "product-group",
            "days-of-supply",
            "estimated-excess-quantity",
            "weeks-of-cover-t30",
            "weeks-of-cover-t90",
            "sales-shipped-last-7-days",
            "sales-shipped-last-30-days",
            "sales-shipped-last-60-days",
            "sales-shipped-last-90-days",
            "inv-age-0-to-30-days",
            "inv-age-31-to-60-days",
            "inv-age-61-to-90-days",
            "inbound-quantity",
            "inbound-working",
            "inbound-shipped",
            "inbound-received",
            "reserved-quantity",
            "unfulfillable-quantity");

    static final List<String> STRANDED = List.of(
            "primary-action",
            "date-stranded",
            "Date-to-take-auto-removal",
            "status-primary",
            "status-secondary",
            "error-message",
            "stranded-reason",
            "asin",
            "sku",
            "fnsku",
            "product-name",
            "condition",
            "fulfilled-by",
            "fulfillable-qty",
            "your-price",
            "unfulfillable-qty",
            "reserved-quantity",
            "inbound-shipped-qty");

    private final StoreFolder folder;
    private final int snapshotEvery;
    private final Map<Marketplace, TextFile> ledgers = new EnumMap<>(Marketplace.class);
    private Store store;

    /** @param snapshotEvery days between two snapshots, counting back from the last day; 0 for the last only */
    InventoryReports(StoreFolder folder, int snapshotEvery) {
        this.folder = folder;
        this.snapshotEvery = snapshotEvery;
    }

    @Override
    public void started(Store store) {
        this.store = store;
        for (Marketplace marketplace : store.plan().marketplaces()) {
            if (store.offers(marketplace).stream().anyMatch(Offer::fba)) {
                ledgers.put(
                        marketplace,
                        folder.flatFile(
                                marketplace, "inventory/ledger-summary.txt", "inventory.ledger-summary", LEDGER));
            }
        }
    }

    @Override
    public void offerDay(OfferDay day) {
        Offer offer = day.offer();
        if (!offer.fba()) {
            return;
        }
        Marketplace marketplace = offer.marketplace();
        FileLocale locale = folder.locale(marketplace);
        String date = locale.date(store.plan().date(day.day()));
        OfferDay.Stock s = day.stock();
        TextFile ledger = ledgers.get(marketplace);
        ledger.row(
                date,
                offer.fnsku(),
                offer.asin(),
                offer.sku(),
                offer.title(),
                "SELLABLE",
                Integer.toString(s.startSellable()),
                "0",
                Integer.toString(s.receipts()),
                Integer.toString(-s.customerShipments()),
                Integer.toString(s.sellableReturns()),
                Integer.toString(-s.removed()),
                "0",
                Integer.toString(s.found()),
                Integer.toString(-s.lost()),
                Integer.toString(-s.damaged()),
                "0",
                "0",
                Integer.toString(s.endSellable()),
                "0",
                marketplace.code());
        if (s.startUnsellable() > 0 || s.endUnsellable() > 0 || s.unsellableReturns() > 0 || s.damaged() > 0) {
            ledger.row(
                    date,
                    offer.fnsku(),
                    offer.asin(),
                    offer.sku(),
                    offer.title(),
                    "UNSELLABLE",
                    Integer.toString(s.startUnsellable()),
                    "0",
                    "0",
                    "0",
                    Integer.toString(s.unsellableReturns()),
                    "0",
                    "0",
                    "0",
                    "0",
                    Integer.toString(s.damaged()),
                    Integer.toString(-s.disposed()),
                    "0",
                    Integer.toString(s.endUnsellable()),
                    "0",
                    marketplace.code());
        }
    }

    @Override
    public void dayEnded(Marketplace marketplace, int day) {
        int last = store.plan().days() - 1;
        boolean snapshot = day == last || (snapshotEvery > 0 && (last - day) % snapshotEvery == 0);
        if (snapshot) {
            snapshots(marketplace, day);
        }
    }

    @Override
    public void finished(Store store) {
        ledgers.values().forEach(TextFile::close);
        int last = store.plan().days() - 1;
        for (Marketplace marketplace : store.plan().marketplaces()) {
            listings(marketplace, folder.locale(marketplace), store.offers(marketplace), last);
        }
    }

    /**
     * The snapshot reports of a marketplace at the end of {@code day}, each named with its date as a daily
     * download would be ({@code manage-fba-inventory-2025-12-18.txt}): the importer takes a snapshot's day from
     * the date in its name (the manifest gives it too).
     */
    private void snapshots(Marketplace marketplace, int day) {
        LocalDate end = store.plan().date(day);
        FileLocale locale = folder.locale(marketplace);
        List<Offer> offers = store.offers(marketplace);
        if (offers.stream().noneMatch(Offer::fba)) {
            return;
        }
        try (TextFile file = folder.flatFile(
                marketplace,
                dated("inventory/manage-fba-inventory", end),
                "inventory.manage-inventory",
                end,
                MANAGE_INVENTORY)) {
            for (Offer offer : offers) {
                int[] inbound = offer.inboundUnits();
                int reserved = offer.reserved() + offer.pendingRemoval();
                int warehouse = offer.fulfillable() + offer.unsellable() + reserved;
                file.row(
                        offer.sku(),
                        offer.fba() ? offer.fnsku() : null,
                        offer.asin(),
                        offer.title(),
                        "New",
                        locale.amount(offer.listPrice()),
                        offer.fba() ? "No" : "Yes",
                        offer.fba() ? "0" : "200",
                        offer.fba() ? "Yes" : "No",
                        Integer.toString(warehouse),
                        Integer.toString(offer.fulfillable()),
                        Integer.toString(offer.unsellable()),
                        Integer.toString(reserved),
                        Integer.toString(warehouse + inbound[0] + inbound[1] + inbound[2]),
                        locale.decimal(volume(marketplace, offer), 2),
                        Integer.toString(inbound[0]),
                        Integer.toString(inbound[1]),
                        Integer.toString(inbound[2]),
                        "0",
                        "0",
                        "0");
            }
        }
        try (TextFile file = folder.flatFile(
                marketplace, dated("inventory/restock-recommendations", end), "inventory.restock", end, RESTOCK)) {
            for (Offer offer : offers) {
                if (!offer.fba() || !offer.launched(day)) {
                    continue;
                }
                int[] inbound = offer.inboundUnits();
                int inboundUnits = inbound[0] + inbound[1] + inbound[2];
                double pace = Math.max(0.01, offer.unitsOrdered(day, 30) / 30.0);
                int total = offer.fulfillable() + offer.reserved() + inboundUnits + offer.unsellable();
                double supply = (offer.fulfillable() + offer.reserved() + inboundUnits) / pace;
                double atAmazon = (offer.fulfillable() + offer.reserved()) / pace;
                int recommended = (int) Math.max(0, Math.round(pace * 90 - offer.fulfillable() - inboundUnits));
                String alert = offer.fulfillable() == 0 ? "out_of_stock" : supply < 45 ? "reorder_now" : "";
                file.row(
                        marketplace.code(),
                        offer.title(),
                        offer.fnsku(),
                        offer.sku(),
                        offer.asin(),
                        "New",
                        offer.product().supplier().name(),
                        offer.product().type().key().toUpperCase(java.util.Locale.ROOT) + "-"
                                + offer.product().variant().replace(' ', '-'),
                        locale.currency(),
                        locale.amount(offer.listPrice()),
                        locale.amount(offer.salesShipped(day, 30)),
                        Integer.toString(offer.unitsShipped(day, 30)),
                        Integer.toString(total),
                        Integer.toString(inboundUnits),
                        Integer.toString(offer.fulfillable()),
                        "0",
                        "0",
                        Integer.toString(offer.reserved()),
                        Integer.toString(offer.unsellable()),
                        Integer.toString(inbound[0]),
                        Integer.toString(inbound[1]),
                        Integer.toString(inbound[2]),
                        "Amazon",
                        locale.decimal(Math.min(999, supply), 1),
                        locale.decimal(Math.min(999, atAmazon), 1),
                        alert,
                        Integer.toString(recommended),
                        recommended > 0 ? end.plusDays(supply < 45 ? 0 : 7).toString() : "none",
                        recommended > 0 ? "Create shipping plan" : "No action required",
                        "Standard-size");
            }
        }
        stranded(marketplace, locale, offers, end);
        // The planning report carries its snapshot-date in every row; its name is dated like the others.
        try (TextFile file = folder.flatFile(
                marketplace,
                dated("inventory/fba-inventory-planning", end),
                "inventory.inventory-planning",
                PLANNING)) {
            for (Offer offer : offers) {
                if (!offer.fba() || !offer.launched(day)) {
                    continue;
                }
                planningRow(file, locale, offer, day, end);
            }
        }
    }

    /** {@code inventory/manage-fba-inventory} and 2025-12-18 → {@code inventory/manage-fba-inventory-2025-12-18.txt}. */
    static String dated(String name, LocalDate day) {
        return name + "-" + day + ".txt";
    }

    /**
     * The Stranded Inventory report of a day: FBA units whose listing cannot sell (suppressed), by SKU. It
     * holds no date of its own, so the manifest gives its day; without stranded units it is just its header, as
     * Amazon's download is.
     */
    private void stranded(Marketplace marketplace, FileLocale locale, List<Offer> offers, LocalDate end) {
        try (TextFile file = folder.flatFile(
                marketplace, dated("inventory/stranded-inventory", end), "inventory.stranded", end, STRANDED)) {
            for (Offer offer : offers) {
                int[] inbound = offer.inboundUnits();
                int units = offer.fulfillable() + offer.unsellable() + offer.reserved() + inbound[1];
                if (!offer.fba() || offer.suppressedSince() < 0 || units == 0) {
                    continue;
                }
                file.row(
                        "Edit listing",
                        locale.date(store.plan().date(offer.suppressedSince())),
                        null,
                        "Stranded",
                        "Listing suppressed",
                        "The listing is suppressed: it is missing information buyers need to find it.",
                        "Listing suppressed",
                        offer.asin(),
                        offer.sku(),
                        offer.fnsku(),
                        offer.title(),
                        "New",
                        "Amazon",
                        Integer.toString(offer.fulfillable()),
                        locale.amount(offer.listPrice()),
                        Integer.toString(offer.unsellable()),
                        Integer.toString(offer.reserved()),
                        Integer.toString(inbound[1]));
            }
        }
    }

    private void planningRow(TextFile file, FileLocale locale, Offer offer, int day, LocalDate end) {
        int[] ages = new int[7]; // days 0-30, 31-60, 61-90, 91-180, 181-270, 271-365, over 365
        for (int[] lot : offer.lots()) {
            int age = day - lot[0];
            int band = age <= 30
                    ? 0
                    : age <= 60 ? 1 : age <= 90 ? 2 : age <= 180 ? 3 : age <= 270 ? 4 : age <= 365 ? 5 : 6;
            ages[band] += lot[1];
        }
        int reservedAndFree = offer.fulfillable() + offer.reserved();
        int[] inbound = offer.inboundUnits();
        double pace30 = offer.unitsShipped(day, 30) / 30.0;
        double pace90 = offer.unitsShipped(day, 90) / 90.0;
        double daysOfSupply = pace30 == 0 ? 999 : Math.min(999, offer.fulfillable() / pace30);
        int excess = (int) Math.max(0, Math.round(offer.fulfillable() - pace30 * 120));
        double sellThrough =
                reservedAndFree == 0 ? 0 : offer.unitsShipped(day, 90) / (double) Math.max(1, reservedAndFree);
        Marketplace marketplace = offer.marketplace();
        file.row(
                end.toString(),
                offer.sku(),
                offer.fnsku(),
                offer.asin(),
                offer.title(),
                "New",
                Integer.toString(offer.fulfillable()),
                Integer.toString(offer.pendingRemoval()),
                Integer.toString(ages[0] + ages[1] + ages[2]),
                Integer.toString(ages[3]),
                Integer.toString(ages[4]),
                Integer.toString(ages[5]),
                Integer.toString(ages[6]),
                locale.currency(),
                Integer.toString(offer.unitsShipped(day, 7)),
                Integer.toString(offer.unitsShipped(day, 30)),
                Integer.toString(offer.unitsShipped(day, 60)),
                Integer.toString(offer.unitsShipped(day, 90)),
                excess > 0 ? "Excess" : offer.fulfillable() == 0 ? "Out of stock" : "",
                locale.amount(offer.listPrice()),
                locale.amount(offer.listPrice()),
                locale.amount(offer.competitorPrice()),
                locale.amount(offer.listPrice()),
                excess > 0 ? "Create removal order" : "No action required",
                locale.decimal(sellThrough, 2),
                locale.decimal(volume(marketplace, offer), 2),
                marketplace.region() == Region.NA ? "cubic feet" : "cubic centimeters",
                "Standard",
                marketplace.code(),
                offer.product().category().title(0),
                Integer.toString((int) Math.round(daysOfSupply)),
                Integer.toString(excess),
                locale.decimal(pace30 == 0 ? 0 : Math.min(99, offer.fulfillable() / (pace30 * 7)), 1),
                locale.decimal(pace90 == 0 ? 0 : Math.min(99, offer.fulfillable() / (pace90 * 7)), 1),
                locale.amount(offer.salesShipped(day, 7)),
                locale.amount(offer.salesShipped(day, 30)),
                locale.amount(offer.salesShipped(day, 60)),
                locale.amount(offer.salesShipped(day, 90)),
                Integer.toString(ages[0]),
                Integer.toString(ages[1]),
                Integer.toString(ages[2]),
                Integer.toString(inbound[0] + inbound[1] + inbound[2]),
                Integer.toString(inbound[0]),
                Integer.toString(inbound[1]),
                Integer.toString(inbound[2]),
                Integer.toString(offer.reserved()),
                Integer.toString(offer.unsellable()));
    }

    private void listings(Marketplace marketplace, FileLocale locale, List<Offer> offers, int last) {
        String amazonChannel = "AMAZON_" + marketplace.region().name();
        try (TextFile file =
                folder.flatFile(marketplace, "listings/all-listings.txt", "catalog.merchant-listings", LISTINGS)) {
            for (Offer offer : offers) {
                var product = offer.product();
                int language = offer.locality().language();
                file.row(
                        offer.title(),
                        product.type().name(language) + " - " + product.variant() + ". "
                                + product.listing().bullets() + " bullet points, "
                                + product.listing().images() + " images.",
                        offer.listingId(),
                        offer.sku(),
                        locale.amount(offer.listPrice()),
                        offer.fba() ? null : "200",
                        locale.localTime(offer.openedAt()),
                        "https://m.media-amazon.com/images/I/" + offer.asin().substring(2) + "L.jpg",
                        "y",
                        "1",
                        null,
                        null,
                        "11",
                        null,
                        null,
                        null,
                        offer.asin(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        offer.asin(),
                        null,
                        null,
                        "0",
                        offer.fba() ? amazonChannel : "DEFAULT",
                        offer.fba() ? null : "Migrated Template",
                        offer.launched(last) && !offer.suppressed() ? "Active" : "Inactive");
            }
        }
    }

    /** Volume of one unit: cubic feet in North America, cubic centimetres elsewhere. */
    static double volume(Marketplace marketplace, Offer offer) {
        double cm3 = offer.product().volumeCm3();
        return marketplace.region() == Region.NA ? cm3 / 28_316.8 : cm3;
    }
}
