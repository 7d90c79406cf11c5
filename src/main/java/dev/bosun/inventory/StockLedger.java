package dev.bosun.inventory;

import dev.bosun.inventory.db.LedgerBalances;
import dev.bosun.inventory.db.LedgerEvents;
import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Amazon's inventory ledger of each seller account: every movement of units (receipts, shipments, returns,
 * adjustments) and the daily balances per FNSKU, disposition and location. Downloading overlapping periods is
 * safe: a ledger line already recorded is recognised by its values and never counted twice.
 */
@Service
public class StockLedger {

    private final LedgerEvents events;
    private final LedgerBalances balances;

    StockLedger(LedgerEvents events, LedgerBalances balances) {
        this.events = events;
        this.balances = balances;
    }

    /** Records ledger detail lines in bulk. */
    public Recorder<LedgerEvent> eventRecorder(long accountId, long batchId) {
        return events.recorder(accountId, batchId);
    }

    /** Records ledger summary lines in bulk. */
    public Recorder<LedgerBalance> balanceRecorder(long accountId, long batchId) {
        return balances.recorder(accountId, batchId);
    }

    /** An FNSKU's movements between two days (inclusive), in date order. */
    public List<LedgerEvent> events(long accountId, String fnsku, LocalDate from, LocalDate to) {
        return events.forFnsku(accountId, fnsku, from, to);
    }

    /** All movements between two days (inclusive), in date order. */
    public List<LedgerEvent> events(long accountId, LocalDate from, LocalDate to) {
        return events.between(accountId, from, to);
    }

    /** An FNSKU's daily balances between two days (inclusive), by day, disposition and location. */
    public List<LedgerBalance> balances(long accountId, String fnsku, LocalDate from, LocalDate to) {
        return balances.forFnsku(accountId, fnsku, from, to);
    }

    /** The movements of one event type (e.g. {@code Adjustments}, {@code CustomerReturns}) between two days. */
    public List<LedgerEvent> eventsOfType(long accountId, String eventType, LocalDate from, LocalDate to) {
        return events.ofType(accountId, eventType, from, to);
    }

    /**
     * The daily balances with units lost, damaged or found between two days (inclusive), by day: what the ledger
     * summary says about warehouse losses when no detail report was imported.
     */
    public List<LedgerBalance> lossesAndFinds(long accountId, LocalDate from, LocalDate to) {
        return balances.withLossesOrFinds(accountId, from, to);
    }

    /**
     * Every SKU's sellable units at the end of each day from {@code from} to {@code to} (inclusive) in a marketplace,
     * from the ledger summary, by day and SKU. Lines without a location count for the marketplace only when
     * {@code unlocatedToo} is set (an account selling in that marketplace alone).
     */
    public List<SellableStock> sellableBetween(
            long accountId, Marketplace marketplace, boolean unlocatedToo, LocalDate from, LocalDate to) {
        return balances.sellableBetween(accountId, marketplace, unlocatedToo, from, to);
    }
}
