package dev.bosun.finance;

import dev.bosun.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What one unit of a SKU costs the seller on a day, part by part, each in the currency it was entered in (COGS in
 * CNY and freight in USD is normal: convert with {@link ExchangeRates} before adding). Any part is null when Bosun
 * does not know it. Amounts are per unit and not rounded.
 *
 * @param cogs cost of goods from the SKU's cost history
 * @param freight first-leg freight (头程) allocated to the unit by the inbound shipment in force
 * @param duties duties and tariffs allocated to the unit by the inbound shipment in force
 * @param pickAndPack merchant-fulfilled (FBM) pick-and-pack cost: the SKU's own, else the account's; it applies to
 *     FBM units only
 * @param shipment the name of the inbound shipment freight and duties come from, or null
 */
public record LandedCost(
        String sku, LocalDate day, Money cogs, Money freight, Money duties, Money pickAndPack, String shipment) {

    /** Whether the COGS is known (freight, duties and pick-and-pack may rightly be absent). */
    public boolean complete() {
        return cogs != null;
    }

    /** The known parts of what a unit fulfilled by Amazon costs: COGS, freight, duties. */
    public List<Money> fbaParts() {
        List<Money> parts = new ArrayList<>(3);
        addKnown(parts, cogs);
        addKnown(parts, freight);
        addKnown(parts, duties);
        return List.copyOf(parts);
    }

    /** The known parts of what a merchant-fulfilled unit costs: COGS, freight, duties, pick-and-pack. */
    public List<Money> fbmParts() {
        List<Money> parts = new ArrayList<>(fbaParts());
        addKnown(parts, pickAndPack);
        return List.copyOf(parts);
    }

    private static void addKnown(List<Money> parts, Money part) {
        if (part != null) {
            parts.add(part);
        }
    }
}
