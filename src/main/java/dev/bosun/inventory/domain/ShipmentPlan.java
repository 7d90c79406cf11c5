package dev.bosun.inventory.domain;

import dev.bosun.inventory.StockLocation;
import dev.bosun.inventory.WarehouseStock;
import java.util.ArrayList;
import java.util.List;

/**
 * What to send to FBA from warehouses outside Amazon: enough for FBA to cover the forecast demand until the next
 * shipment arrives (transfer days plus the review period) and its safety stock, counting what is available and
 * inbound at FBA already, never more than the warehouses hold; the 3PL (closer to the fulfilment centres) first,
 * then the own warehouse.
 */
public final class ShipmentPlan {

    private ShipmentPlan() {}

    /**
     * Units to send from each warehouse.
     *
     * @param fromThirdParty units from the 3PL
     * @param fromOwnWarehouse units from the own warehouse
     */
    public record Send(long fromThirdParty, long fromOwnWarehouse) {

        public long units() {
            return fromThirdParty + fromOwnWarehouse;
        }
    }

    /**
     * @param dailyDemand forecast units per day
     * @param coverDays transfer days plus review period
     * @param safetyStock units kept against forecast error
     * @param atFba units available and inbound at FBA
     * @param thirdParty units in the 3PL
     * @param ownWarehouse units in the own warehouse
     */
    public static Send plan(
            double dailyDemand, int coverDays, double safetyStock, long atFba, long thirdParty, long ownWarehouse) {
        double need = dailyDemand * coverDays + safetyStock - atFba;
        if (need <= 0) {
            return new Send(0, 0);
        }
        long units = (long) Math.ceil(need - 1e-9);
        long first = Math.min(units, Math.max(0, thirdParty));
        long second = Math.min(units - first, Math.max(0, ownWarehouse));
        return new Send(first, second);
    }

    /**
     * Units taken from one warehouse.
     *
     * @param holds what the warehouse holds (the most it can send)
     */
    public record Pick(StockLocation location, String warehouse, long units, long holds) {}

    /**
     * Splits a shipment over the warehouses that hold the SKU, in the order given (3PLs first, the fullest first),
     * each giving at most what it holds: the 3PL and own-warehouse totals of {@code send}, spread by warehouse.
     * Warehouses left with nothing to send are left out.
     */
    public static List<Pick> picks(Send send, List<WarehouseStock> warehouses) {
        List<Pick> picks = new ArrayList<>();
        long thirdParty = send.fromThirdParty();
        long own = send.fromOwnWarehouse();
        for (WarehouseStock w : warehouses) {
            boolean is3pl = w.location() == StockLocation.THIRD_PARTY;
            long wanted = is3pl ? thirdParty : own;
            long units = Math.min(wanted, Math.max(0, w.units()));
            if (units <= 0) {
                continue;
            }
            picks.add(new Pick(w.location(), w.name(), units, w.units()));
            if (is3pl) {
                thirdParty -= units;
            } else {
                own -= units;
            }
        }
        return picks;
    }
}
