package dev.bosun.catalog;

import dev.bosun.catalog.db.AccountTrafficRows;
import dev.bosun.catalog.db.AsinTrafficRows;
import dev.bosun.catalog.db.RowWriter;
import dev.bosun.platform.db.UpsertCounts;
import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Sessions, page views, buy box and conversion of each seller account: per ASIN over the period a report covers,
 * and for the whole account per day (or week or month). Recorded from the Business Reports and the SP-API Sales
 * and Traffic report; a report for the same period and key replaces the figures it states.
 */
@Service
public class Traffic {

    private final AccountTrafficRows accounts;
    private final AsinTrafficRows asins;

    Traffic(AccountTrafficRows accounts, AsinTrafficRows asins) {
        this.accounts = accounts;
        this.asins = asins;
    }

    /** Streams per-ASIN figures in, keyed by marketplace, period, ASIN and SKU. */
    public Recorder<AsinTraffic> asinRecorder(long accountId, long batchId, Set<AsinTraffic.Field> reported) {
        return recorder(asins.writer(accountId, batchId, reported));
    }

    /** Streams account figures in, keyed by marketplace and period. */
    public Recorder<AccountTraffic> accountRecorder(long accountId, long batchId, Set<AccountTraffic.Field> reported) {
        return recorder(accounts.writer(accountId, batchId, reported));
    }

    /** The account's figures for the periods (days, weeks, months) that lie within {@code from..to}. */
    public List<AccountTraffic> accountTraffic(long accountId, Marketplace marketplace, LocalDate from, LocalDate to) {
        return accounts.within(accountId, marketplace, from, to);
    }

    /** Per-ASIN figures of the periods that lie within {@code from..to}, by period, ASIN and SKU. */
    public List<AsinTraffic> asinTraffic(long accountId, Marketplace marketplace, LocalDate from, LocalDate to) {
        return asins.within(accountId, marketplace, from, to);
    }

    /**
     * The child-ASIN figures of the periods within {@code from..to} that a sales funnel needs: sessions, page views,
     * Buy Box share, units ordered, ordered product sales (with currency) and order items; every other figure is
     * null. By period, ASIN and SKU. Much lighter than {@link #asinTraffic(long, Marketplace, LocalDate, LocalDate)}
     * for many ASINs over weeks.
     */
    public List<AsinTraffic> asinFunnel(long accountId, Marketplace marketplace, LocalDate from, LocalDate to) {
        return asins.funnelWithin(accountId, marketplace, from, to);
    }

    /**
     * Each child ASIN's parent ASIN in a marketplace, as the latest Business Report by child item names it; ASINs
     * without a parent (or never reported) are absent.
     */
    public java.util.Map<String, String> parentAsins(long accountId, Marketplace marketplace) {
        return asins.parents(accountId, marketplace);
    }

    /** Every period recorded for one ASIN (child, or parent for reports by parent). */
    public List<AsinTraffic> asinTraffic(long accountId, Marketplace marketplace, String asin) {
        return asins.ofAsin(accountId, marketplace, asin);
    }

    private static <T> Recorder<T> recorder(RowWriter<T> writer) {
        return new Recorder<>() {
            @Override
            public void add(T record) {
                writer.add(record);
            }

            @Override
            public UpsertCounts finish() {
                return writer.finish();
            }
        };
    }
}
