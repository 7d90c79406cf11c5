package dev.bosun.catalog.db;

import static dev.bosun.jooq.Tables.LISTINGS;

import dev.bosun.catalog.Listing;
import dev.bosun.catalog.Listing.Field;
import dev.bosun.shared.Marketplace;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** Listings by account, marketplace and seller SKU. */
@Repository
public class ListingRows {

    private static final List<String> KEYS = List.of("account_id", "marketplace", "sku");
    private static final List<Column<Listing>> COLUMNS = List.of(
            Column.always("marketplace", Listing::marketplace),
            Column.always("sku", Listing::sku),
            Column.of(Field.LISTING_ID, Listing::listingId),
            Column.of(Field.TITLE, Listing::title),
            Column.of(Field.DESCRIPTION, Listing::description),
            Column.of(Field.PRICE, Listing::price),
            Column.with(Field.PRICE, "currency", Listing::currency),
            Column.of(Field.BUSINESS_PRICE, Listing::businessPrice),
            Column.of(Field.QUANTITY, Listing::quantity),
            Column.of(Field.PENDING_QUANTITY, Listing::pendingQuantity),
            Column.of(Field.OPENED_AT, Listing::openedAt),
            Column.of(Field.IMAGE_URL, Listing::imageUrl),
            Column.of(Field.PRODUCT_ID_TYPE, Listing::productIdType),
            Column.of(Field.PRODUCT_ID, Listing::productId),
            Column.of(Field.ITEM_CONDITION, Listing::itemCondition),
            Column.of(Field.ITEM_NOTE, Listing::itemNote),
            Column.of(Field.ASIN, Listing::asin),
            Column.of(Field.FULFILLMENT_CHANNEL, Listing::fulfillmentChannel),
            Column.with(Field.FULFILLMENT_CHANNEL, "fulfilled_by", Listing::fulfilledBy),
            Column.of(Field.SHIPPING_GROUP, Listing::shippingGroup),
            Column.of(Field.STATUS, Listing::status));

    private final DSLContext db;

    public ListingRows(DSLContext db) {
        this.db = db;
    }

    /** A writer that changes only the fields in {@code reported} (plus marketplace and SKU, the key). */
    public RowWriter<Listing> writer(long accountId, long batchId, Set<Field> reported) {
        return new RowWriter<>(db, "listings", KEYS, COLUMNS, reported, accountId, batchId);
    }

    public Optional<Listing> find(long accountId, Marketplace marketplace, String sku) {
        return db.selectFrom(LISTINGS)
                .where(LISTINGS.ACCOUNT_ID.eq(accountId))
                .and(LISTINGS.MARKETPLACE.eq(marketplace.code()))
                .and(LISTINGS.SKU.eq(sku))
                .fetchOptional(ListingRows::listing);
    }

    public List<Listing> inMarketplace(long accountId, Marketplace marketplace) {
        return db.selectFrom(LISTINGS)
                .where(LISTINGS.ACCOUNT_ID.eq(accountId))
                .and(LISTINGS.MARKETPLACE.eq(marketplace.code()))
                .orderBy(LISTINGS.SKU)
                .fetch(ListingRows::listing);
    }

    public List<Listing> withAsin(long accountId, String asin) {
        return db.selectFrom(LISTINGS)
                .where(LISTINGS.ACCOUNT_ID.eq(accountId))
                .and(LISTINGS.ASIN.eq(asin))
                .orderBy(LISTINGS.MARKETPLACE, LISTINGS.SKU)
                .fetch(ListingRows::listing);
    }

    private static Listing listing(Record r) {
        OffsetDateTime opened = r.get(LISTINGS.OPENED_AT);
        return new Listing(
                Marketplace.valueOf(r.get(LISTINGS.MARKETPLACE)),
                r.get(LISTINGS.SKU),
                r.get(LISTINGS.LISTING_ID),
                r.get(LISTINGS.TITLE),
                r.get(LISTINGS.DESCRIPTION),
                r.get(LISTINGS.PRICE),
                r.get(LISTINGS.BUSINESS_PRICE),
                r.get(LISTINGS.CURRENCY),
                r.get(LISTINGS.QUANTITY),
                r.get(LISTINGS.PENDING_QUANTITY),
                opened == null ? null : opened.toInstant(),
                r.get(LISTINGS.IMAGE_URL),
                r.get(LISTINGS.PRODUCT_ID_TYPE),
                r.get(LISTINGS.PRODUCT_ID),
                r.get(LISTINGS.ITEM_CONDITION),
                r.get(LISTINGS.ITEM_NOTE),
                r.get(LISTINGS.ASIN),
                r.get(LISTINGS.FULFILLMENT_CHANNEL),
                r.get(LISTINGS.FULFILLED_BY),
                r.get(LISTINGS.SHIPPING_GROUP),
                r.get(LISTINGS.STATUS));
    }
}
