package dev.bosun.catalog;

import dev.bosun.catalog.db.ListingRows;
import dev.bosun.catalog.db.RowWriter;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/** The listings of each seller account: recording them from reports, and reading them for other modules. */
@Service
public class Listings {

    private final ListingRows rows;

    Listings(ListingRows rows) {
        this.rows = rows;
    }

    /**
     * Streams listings into the catalog, keyed by marketplace and seller SKU; each changes only the {@code
     * reported} fields of a stored listing (a report without a status leaves the status as it was).
     */
    public Recorder<Listing> recorder(long accountId, long batchId, Set<Listing.Field> reported) {
        RowWriter<Listing> writer = rows.writer(accountId, batchId, reported);
        return new Recorder<>() {
            @Override
            public void add(Listing listing) {
                writer.add(listing);
            }

            @Override
            public UpsertCounts finish() {
                return writer.finish();
            }
        };
    }

    /** The listing of a seller SKU in a marketplace. */
    public Optional<Listing> find(long accountId, Marketplace marketplace, String sku) {
        return rows.find(accountId, marketplace, sku);
    }

    /** All listings of an account in a marketplace, by SKU. */
    public List<Listing> inMarketplace(long accountId, Marketplace marketplace) {
        return rows.inMarketplace(accountId, marketplace);
    }

    /** The listings on an ASIN in every marketplace of the account (several SKUs may share an ASIN). */
    public List<Listing> withAsin(long accountId, String asin) {
        return rows.withAsin(accountId, asin);
    }
}
