package dev.bosun.inventory.web;

import dev.bosun.inventory.ReplenishmentLine;
import dev.bosun.inventory.StockPosition;
import dev.bosun.inventory.forecast.ReorderProposal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * One row of the inventory table as shown: stock by location, cover, dates, Bosun's order next to the rules of
 * thumb. Decimal figures are rounded for display; null where unknown (no sales history).
 */
record StockRow(
        String marketplace,
        String sku,
        String asin,
        String productName,
        LocalDate fbaDay,
        int available,
        int inboundWorking,
        int inboundShipped,
        int inboundReceiving,
        int reserved,
        int unfulfillable,
        int ownWarehouse,
        int thirdParty,
        int position,
        String method,
        BigDecimal unitsPerDay,
        BigDecimal averageDailySales,
        BigDecimal daysOfCover,
        BigDecimal daysOfCoverWithInbound,
        LocalDate stockOut,
        LocalDate lastSafeOrder,
        boolean warning,
        Long orderQuantity,
        Long sixWeeks,
        Long eightWeeks,
        Long cycleTimesOneAndHalf,
        BigDecimal leadTimeDays,
        String supplier) {

    static StockRow of(ReplenishmentLine line) {
        StockPosition p = line.position();
        ReorderProposal r = line.proposal();
        return new StockRow(
                p.marketplace().code(),
                p.sku(),
                p.asin(),
                p.productName(),
                p.fbaDay(),
                p.available(),
                p.inboundWorking(),
                p.inboundShipped(),
                p.inboundReceiving(),
                p.reserved(),
                p.unfulfillable(),
                p.ownWarehouse(),
                p.thirdParty(),
                p.position(),
                line.method(),
                r == null ? null : round(r.dailyDemand(), 2),
                r == null ? null : round(r.ruleOfThumb().averageDailySales(), 2),
                r == null ? null : round(r.daysOfCover(), 1),
                r == null ? null : round(r.daysOfCoverWithInbound(), 1),
                r == null ? null : r.projectedStockOut(),
                r == null ? null : r.lastSafeOrderDate(),
                line.warning(),
                r == null ? null : r.orderQuantity(),
                r == null ? null : r.ruleOfThumb().sixWeeks(),
                r == null ? null : r.ruleOfThumb().eightWeeks(),
                r == null ? null : r.ruleOfThumb().cycleTimesOneAndHalf(),
                round(line.terms().leadTime().meanDays(), 1),
                line.terms().supplier());
    }

    public int inbound() {
        return inboundWorking + inboundShipped + inboundReceiving;
    }

    static BigDecimal round(double value, int scale) {
        if (!Double.isFinite(value)) {
            return null;
        }
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }
}
