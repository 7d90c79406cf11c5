package dev.bosun.inventory;

import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.inventory.db.StockCounts;
import dev.bosun.inventory.db.StockSnapshots;
import dev.bosun.inventory.domain.PositionBook;
import dev.bosun.shared.Marketplace;
import dev.bosun.workflow.Operation;
import dev.bosun.workflow.OperationsLog;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock per SKU, marketplace and location: FBA available, inbound (working, shipped, receiving), reserved and
 * unfulfillable from the imported Manage FBA Inventory snapshots, and the seller's own and 3PL warehouses from
 * counts entered by hand (every count kept: who, when, how many). A position on a day takes the latest snapshot and
 * the latest count of each warehouse on or before it, so history is available for any day. Specialists and above
 * enter counts; each count goes to the operations log.
 */
@Service
public class StockPositions {

    /** How far back a position looks for the latest FBA snapshot. */
    public static final int SNAPSHOT_REACH_DAYS = 60;

    /** Who may enter counts. */
    public static final Role EDITOR = Role.SPECIALIST;

    private final StockSnapshots snapshots;
    private final StockCounts counts;
    private final OperationsLog log;
    private final ReplenishmentSheetJob sheetJob;
    private final Clock clock;

    StockPositions(
            StockSnapshots snapshots,
            StockCounts counts,
            OperationsLog log,
            ReplenishmentSheetJob sheetJob,
            Clock clock) {
        this.sheetJob = sheetJob;
        this.snapshots = snapshots;
        this.counts = counts;
        this.log = log;
        this.clock = clock;
    }

    /** Whether the user may enter counts: specialists and above. */
    public static boolean mayCount(CurrentUser user) {
        return user != null && user.role().atLeast(EDITOR);
    }

    /** Every SKU's position in a marketplace on a day, by SKU. */
    public List<StockPosition> on(long accountId, Marketplace marketplace, LocalDate day) {
        return book(accountId, marketplace, day.minusDays(SNAPSHOT_REACH_DAYS), day)
                .on(day);
    }

    /** A SKU's position on each day from {@code from} to {@code to} on which anything is known, oldest first. */
    public List<StockPosition> history(
            long accountId, Marketplace marketplace, String sku, LocalDate from, LocalDate to) {
        return book(accountId, marketplace, from.minusDays(SNAPSHOT_REACH_DAYS), to)
                .history(sku, from, to);
    }

    /**
     * What each warehouse outside Amazon holds of each SKU of a marketplace on a day (latest counts), by SKU; see
     * {@link PositionBook#warehouses}.
     */
    public Map<String, List<WarehouseStock>> warehouses(long accountId, Marketplace marketplace, LocalDate day) {
        PositionBook book = new PositionBook(marketplace, List.of(), counts.upTo(accountId, marketplace, day));
        Map<String, List<WarehouseStock>> held = new java.util.TreeMap<>();
        for (String sku : book.skus()) {
            List<WarehouseStock> w = book.warehouses(sku, day);
            if (!w.isEmpty()) {
                held.put(sku, w);
            }
        }
        return held;
    }

    /** Every count of a SKU in a marketplace, newest first. */
    public List<StockCount> counts(long accountId, Marketplace marketplace, String sku) {
        return counts.ofSku(accountId, marketplace, sku);
    }

    /**
     * Records a count of a warehouse outside Amazon.
     *
     * @throws InventoryInputException for a blank SKU or warehouse name, a negative quantity or a day in the future
     * @throws AccessDeniedException when the user is less than a specialist
     */
    @Transactional
    public StockCount count(
            CurrentUser actor,
            long accountId,
            Marketplace marketplace,
            String sku,
            StockLocation location,
            String locationName,
            Integer quantity,
            LocalDate countedOn,
            String note) {
        if (!mayCount(actor)) {
            throw new AccessDeniedException("only a specialist or above may enter stock counts");
        }
        String s = sku == null ? "" : sku.strip();
        if (s.isEmpty() || s.length() > 200) {
            throw new InventoryInputException("sku", "inventory.error.sku", "a SKU is needed");
        }
        if (location == null) {
            throw new InventoryInputException("location", "inventory.error.location", "own warehouse or 3PL");
        }
        String name = locationName == null ? "" : locationName.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new InventoryInputException("locationName", "inventory.error.locationName", "a warehouse name");
        }
        if (quantity == null || quantity < 0) {
            throw new InventoryInputException(
                    "quantity", "inventory.error.quantity", "a count is a whole number not below 0");
        }
        LocalDate today = LocalDate.now(clock.withZone(marketplace.zone()));
        if (countedOn == null || countedOn.isAfter(today)) {
            throw new InventoryInputException(
                    "countedOn", "inventory.error.countedOn", "the day of the count, not after " + today);
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > 1000) {
            text = text.substring(0, 1000);
        }
        StockCount draft = new StockCount(
                0, marketplace, s, location, name, quantity, countedOn, actor.username(), clock.instant(), text);
        long id = counts.add(accountId, draft);
        log.record(
                actor,
                Operation.of(
                                "inventory.stock-count",
                                "Count of " + s + " (" + marketplace.code() + ") at " + name + " on " + countedOn + ": "
                                        + quantity)
                        .onAccount(accountId)
                        .subject("sku", s)
                        .change(
                                Map.of(),
                                Map.of(
                                        "location",
                                        location.code() + ":" + name,
                                        "quantity",
                                        String.valueOf(quantity),
                                        "countedOn",
                                        countedOn.toString())));
        sheetJob.queueAfterChange(accountId);
        return new StockCount(
                id, marketplace, s, location, name, quantity, countedOn, actor.username(), draft.recordedAt(), text);
    }

    private PositionBook book(long accountId, Marketplace marketplace, LocalDate from, LocalDate to) {
        return new PositionBook(
                marketplace,
                snapshots.between(accountId, marketplace, from, to),
                counts.upTo(accountId, marketplace, to));
    }
}
