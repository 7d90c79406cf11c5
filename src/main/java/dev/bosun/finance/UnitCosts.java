package dev.bosun.finance;

import dev.bosun.accounts.CurrentUser;
import dev.bosun.shared.Money;
import dev.bosun.shared.PackageSize;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * What each unit of a SKU costs the seller besides Amazon's fees (landed cost): the cost of goods with its history,
 * first-leg freight and duties shared out from inbound shipments, merchant-fulfilled pick-and-pack; and the
 * account's other monthly expenses. Amounts keep the currency they were entered in; convert with
 * {@link ExchangeRates}. Per-unit amounts are not rounded.
 *
 * <p>Writers take the user making the change (null for Bosun itself) and record it in the operations log.
 */
@Service
public class UnitCosts {

    /** The COGS per unit in force on the day: the period with the latest effective date on or before it. */
    public Optional<Money> cogs(long accountId, String sku, LocalDate day) {
        throw new UnsupportedOperationException("step 1");
    }

    /** The COGS history of these SKUs, oldest period first; SKUs without any cost are absent. */
    public Map<String, List<CostPeriod>> cogsHistory(long accountId, Collection<String> skus) {
        throw new UnsupportedOperationException("step 1");
    }

    /** Every part of the SKU's unit cost known on the day. */
    public LandedCost landedCost(long accountId, String sku, LocalDate day) {
        throw new UnsupportedOperationException("step 1");
    }

    /** All the account's unit costs in memory, for bulk lookups; same answers as the methods above. */
    public CostBook book(long accountId) {
        throw new UnsupportedOperationException("step 1");
    }

    /** Other expenses booked for the month, by category then entry. */
    public List<Expense> expenses(long accountId, YearMonth month) {
        throw new UnsupportedOperationException("step 1");
    }

    /** Other expenses of the months {@code from} to {@code to} inclusive, by month, category, entry. */
    public List<Expense> expenses(long accountId, YearMonth from, YearMonth to) {
        throw new UnsupportedOperationException("step 1");
    }

    /**
     * Sets the SKU's COGS per unit from a day on; the cost before that day is kept. Setting it again for the same
     * day replaces that period's amount.
     */
    public CostPeriod setCogs(CurrentUser actor, long accountId, String sku, LocalDate from, Money cost) {
        throw new UnsupportedOperationException("step 1");
    }

    /** Sets the merchant-fulfilled pick-and-pack cost per unit from a day on, of one SKU or (sku null) the account. */
    public void setPickAndPack(CurrentUser actor, long accountId, String sku, LocalDate from, Money cost) {
        throw new UnsupportedOperationException("step 1");
    }

    /**
     * Sets a SKU's unit dimensions and weight for sharing shipment costs, overriding what Amazon's FBA fee preview
     * says.
     */
    public void setUnitSize(CurrentUser actor, long accountId, String sku, PackageSize size) {
        throw new UnsupportedOperationException("step 1");
    }

    /** How the bill would be shared, without saving it. */
    public InboundShipment previewShipment(long accountId, ShipmentBill bill) {
        throw new UnsupportedOperationException("step 1");
    }

    /** Saves the bill with its allocation; a shipment of the same name is replaced. */
    public InboundShipment saveShipment(CurrentUser actor, long accountId, ShipmentBill bill) {
        throw new UnsupportedOperationException("step 1");
    }

    /** The account's inbound shipments, newest first. */
    public List<InboundShipment> shipments(long accountId) {
        throw new UnsupportedOperationException("step 1");
    }

    /** Books an expense for a month. */
    public Expense addExpense(
            CurrentUser actor, long accountId, YearMonth month, String category, Money amount, String note) {
        throw new UnsupportedOperationException("step 1");
    }
}
