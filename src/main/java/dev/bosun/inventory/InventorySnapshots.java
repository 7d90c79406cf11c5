package dev.bosun.inventory;

import dev.bosun.inventory.db.PlanningSnapshots;
import dev.bosun.inventory.db.RestockRecommendations;
import dev.bosun.inventory.db.StockSnapshots;
import dev.bosun.inventory.db.StrandedInventory;
import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The FBA stock of each seller account day by day: what the Manage FBA Inventory report counted, how old it is and
 * what Amazon recommends (inventory planning), what to send (restock) and what is stranded. Each kind keeps one
 * row per SKU and day, so history accumulates and a second import of the same day replaces that day's figures.
 * Reports without dates inside (Manage FBA Inventory, restock, stranded) stand for the day the import resolved:
 * the one the user names, else a date in the file name, else the day of the import; each is kept per marketplace.
 */
@Service
public class InventorySnapshots {

    private final StockSnapshots stock;
    private final PlanningSnapshots planning;
    private final RestockRecommendations restock;
    private final StrandedInventory stranded;

    InventorySnapshots(
            StockSnapshots stock,
            PlanningSnapshots planning,
            RestockRecommendations restock,
            StrandedInventory stranded) {
        this.stock = stock;
        this.planning = planning;
        this.restock = restock;
        this.stranded = stranded;
    }

    /** Records stock snapshots in bulk. */
    public Recorder<StockSnapshot> stockRecorder(long accountId, long batchId) {
        return stock.recorder(accountId, batchId);
    }

    /** Records inventory planning lines in bulk. */
    public Recorder<PlanningSnapshot> planningRecorder(long accountId, long batchId) {
        return planning.recorder(accountId, batchId);
    }

    /** Records restock recommendations in bulk. */
    public Recorder<RestockRecommendation> restockRecorder(long accountId, long batchId) {
        return restock.recorder(accountId, batchId);
    }

    /** Records stranded listings in bulk. */
    public Recorder<StrandedListing> strandedRecorder(long accountId, long batchId) {
        return stranded.recorder(accountId, batchId);
    }

    /** A SKU's stock in a marketplace on a day, if a report of that day was imported. */
    public Optional<StockSnapshot> stock(long accountId, Marketplace marketplace, String sku, LocalDate day) {
        return stock.find(accountId, marketplace, sku, day);
    }

    /** Every SKU's stock on a day, by marketplace and SKU. */
    public List<StockSnapshot> stockOn(long accountId, LocalDate day) {
        return stock.onDay(accountId, day);
    }

    /** A SKU's stock day by day, oldest first. */
    public List<StockSnapshot> stockHistory(long accountId, Marketplace marketplace, String sku) {
        return stock.history(accountId, marketplace, sku);
    }

    /** The latest day with a stock snapshot in a marketplace, on or before {@code day}. */
    public Optional<LocalDate> latestStockDay(long accountId, Marketplace marketplace, LocalDate day) {
        return stock.latestDay(accountId, marketplace, day);
    }

    /** Every SKU's stock in a marketplace on the days from {@code from} to {@code to}, by SKU and day. */
    public List<StockSnapshot> stockBetween(long accountId, Marketplace marketplace, LocalDate from, LocalDate to) {
        return stock.between(accountId, marketplace, from, to);
    }

    /**
     * The snapshots of a day whose figures break the report's own sums (warehouse = fulfillable + unsellable +
     * reserved; total = warehouse + inbound): kept as Amazon reported them, listed here for a look.
     */
    public List<StockSnapshot> disagreements(long accountId, LocalDate day) {
        return stock.onDay(accountId, day).stream()
                .filter(s -> !s.figuresAgree())
                .toList();
    }

    /** A SKU's inventory planning line of a snapshot date. */
    public Optional<PlanningSnapshot> planning(long accountId, Marketplace marketplace, String sku, LocalDate day) {
        return planning.find(accountId, marketplace, sku, day);
    }

    /** The latest inventory planning snapshot date on or before {@code day}. */
    public Optional<LocalDate> latestPlanningDay(long accountId, LocalDate day) {
        return planning.latestDay(accountId, day);
    }

    /** The latest day of a stranded inventory report on or before {@code day}. */
    public Optional<LocalDate> latestStrandedDay(long accountId, LocalDate day) {
        return stranded.latestDay(accountId, day);
    }

    /** The planning lines of a snapshot date with estimated excess units, most excess first. */
    public List<PlanningSnapshot> excess(long accountId, LocalDate day) {
        return planning.withExcess(accountId, day);
    }

    /** A SKU's restock recommendation of a day. */
    public Optional<RestockRecommendation> restock(long accountId, Marketplace marketplace, String sku, LocalDate day) {
        return restock.find(accountId, marketplace, sku, day);
    }

    /** The recommendations of a day that ask for units to be sent in, most units first. */
    public List<RestockRecommendation> toReplenish(long accountId, LocalDate day) {
        return restock.toReplenish(accountId, day);
    }

    /** The listings stranded on a day, the soonest automatic removal first. */
    public List<StrandedListing> stranded(long accountId, LocalDate day) {
        return stranded.onDay(accountId, day);
    }
}
