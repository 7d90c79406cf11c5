package dev.bosun.inventory.web;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Users;
import dev.bosun.inventory.InventoryInputException;
import dev.bosun.inventory.Replenishment;
import dev.bosun.inventory.ReplenishmentLine;
import dev.bosun.inventory.ReplenishmentSheet;
import dev.bosun.inventory.SkuOutlook;
import dev.bosun.inventory.StockCount;
import dev.bosun.inventory.StockLocation;
import dev.bosun.inventory.StockPositions;
import dev.bosun.shared.Marketplace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Stock and replenishment as JSON. Units are whole numbers, rates and days decimals, dates ISO days in the
 * marketplace's zone; figures that need a sales history are null without one.
 *
 * <ul>
 *   <li>{@code GET /api/v1/accounts/{id}/inventory[?mp=US][&fresh=true]}: every SKU and marketplace: stock by
 *       location, days of cover, projected stock-out and last safe order dates, Bosun's order and the rules of thumb,
 *       from the sheet as last computed in the background ({@code computedAt}; {@code computing} true when a new one
 *       is on its way, {@code skus} empty before the first); {@code fresh=true} computes a stale sheet first (slow on
 *       large catalogues). {@code inboundDays} says when inbound units were counted sellable and how many shipments
 *       that was learnt from (0: Bosun's fixed days).</li>
 *   <li>{@code GET /api/v1/accounts/{id}/inventory/{marketplace}/{sku}}: one SKU with its daily history, forecast
 *       with 80 % and 95 % intervals, and the hand counts, as last computed ({@code computing} true when a new
 *       sheet is on its way); 404 when it has no position.</li>
 *   <li>{@code POST /api/v1/accounts/{id}/inventory/counts} with {@code {"marketplace":"US","sku":"MUG-1",
 *       "location":"third-party","locationName":"LA 3PL","quantity":120,"countedOn":"2026-11-20"}}: records a hand
 *       count (specialists and above; logged); 400 with {@code field} and {@code error} for bad input.</li>
 * </ul>
 */
@RestController
class InventoryApiController {

    private final Replenishment replenishment;
    private final StockPositions positions;
    private final AccountDirectory directory;

    InventoryApiController(Replenishment replenishment, StockPositions positions, AccountDirectory directory) {
        this.replenishment = replenishment;
        this.positions = positions;
        this.directory = directory;
    }

    @GetMapping("/api/v1/accounts/{accountId}/inventory")
    Map<String, Object> all(
            @PathVariable long accountId,
            @RequestParam(name = "mp", required = false) String mp,
            @RequestParam(required = false) boolean fresh) {
        SellerAccount account = account(accountId);
        List<Object> marketplaces = new ArrayList<>();
        for (Marketplace m : account.marketplaces()) {
            if (mp != null && !mp.isBlank() && !m.code().equalsIgnoreCase(mp.strip())) {
                continue;
            }
            ReplenishmentSheet sheet = fresh ? replenishment.current(accountId, m) : replenishment.latest(accountId, m);
            List<Object> skus = new ArrayList<>();
            for (ReplenishmentLine line : sheet.lines()) {
                skus.add(line(StockRow.of(line)));
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("marketplace", m.code());
            body.put("date", sheet.asOf().toString());
            body.put(
                    "computedAt",
                    sheet.computedAt() == null ? null : sheet.computedAt().toString());
            body.put("computing", sheet.stale() || !sheet.computed());
            Map<String, Object> inbound = new LinkedHashMap<>();
            inbound.put("receivingDays", sheet.inbound().receivingDays());
            inbound.put("receivingLearntFrom", sheet.inbound().receivingObservations());
            inbound.put("shippedDays", sheet.inbound().shippedDays());
            inbound.put("shippedLearntFrom", sheet.inbound().shippedObservations());
            inbound.put("workingDays", sheet.inbound().workingDays());
            inbound.put("thirdPartyDays", sheet.inbound().thirdPartyDays());
            body.put("inboundDays", inbound);
            body.put("skus", skus);
            marketplaces.add(body);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("account", account.name());
        body.put("reviewDays", Replenishment.REVIEW_DAYS);
        body.put("serviceLevel", Replenishment.SERVICE);
        body.put("marketplaces", marketplaces);
        return body;
    }

    @GetMapping("/api/v1/accounts/{accountId}/inventory/{marketplace}/{sku}")
    Map<String, Object> one(@PathVariable long accountId, @PathVariable String marketplace, @PathVariable String sku) {
        SellerAccount account = account(accountId);
        Marketplace m = Marketplace.find(marketplace)
                .filter(account::sellsIn)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        SkuOutlook outlook = replenishment
                .outlook(accountId, m, sku)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<String, Object> body = line(StockRow.of(outlook.line()));
        body.put("computing", replenishment.stale(accountId, m));
        List<Object> history = new ArrayList<>();
        for (SkuOutlook.SoldDay d : outlook.history()) {
            history.add(Map.of("date", d.day().toString(), "units", d.units(), "inStock", d.observed()));
        }
        List<Object> forecast = new ArrayList<>();
        for (SkuOutlook.ForecastDay d : outlook.forecast()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("date", d.day().toString());
            f.put("mean", StockRow.round(d.mean(), 3));
            f.put("low80", StockRow.round(d.low80(), 3));
            f.put("high80", StockRow.round(d.high80(), 3));
            f.put("low95", StockRow.round(d.low95(), 3));
            f.put("high95", StockRow.round(d.high95(), 3));
            forecast.add(f);
        }
        List<Object> counts = new ArrayList<>();
        for (StockCount c : outlook.counts()) {
            counts.add(count(c));
        }
        body.put("history", history);
        body.put("forecast", forecast);
        body.put("counts", counts);
        return body;
    }

    /** A hand count as sent by a script. */
    record CountRequest(
            String marketplace,
            String sku,
            String location,
            String locationName,
            Integer quantity,
            String countedOn,
            String note) {}

    @PostMapping("/api/v1/accounts/{accountId}/inventory/counts")
    ResponseEntity<Map<String, Object>> count(@PathVariable long accountId, @RequestBody CountRequest request) {
        SellerAccount account = account(accountId);
        Marketplace m = Marketplace.find(request.marketplace())
                .filter(account::sellsIn)
                .orElseThrow(() -> new InventoryInputException(
                        "marketplace", "inventory.error.marketplace", "a marketplace of the account"));
        StockCount saved = positions.count(
                Users.current().orElseThrow(),
                accountId,
                m,
                request.sku(),
                StockLocation.fromCode(request.location()),
                request.locationName(),
                request.quantity(),
                InventoryController.day(request.countedOn()),
                request.note());
        return ResponseEntity.status(HttpStatus.CREATED).body(count(saved));
    }

    @ExceptionHandler(InventoryInputException.class)
    ResponseEntity<Map<String, String>> badInput(InventoryInputException e) {
        return ResponseEntity.badRequest().body(Map.of("field", e.field(), "error", e.getMessage()));
    }

    private static Map<String, Object> line(StockRow r) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("marketplace", r.marketplace());
        body.put("sku", r.sku());
        body.put("asin", r.asin());
        body.put("fbaSnapshotDate", r.fbaDay() == null ? null : r.fbaDay().toString());
        Map<String, Object> stock = new LinkedHashMap<>();
        stock.put("available", r.available());
        stock.put("inboundWorking", r.inboundWorking());
        stock.put("inboundShipped", r.inboundShipped());
        stock.put("inboundReceiving", r.inboundReceiving());
        stock.put("reserved", r.reserved());
        stock.put("unfulfillable", r.unfulfillable());
        stock.put("ownWarehouse", r.ownWarehouse());
        stock.put("thirdParty", r.thirdParty());
        stock.put("position", r.position());
        body.put("stock", stock);
        body.put("forecastMethod", r.method());
        body.put("unitsPerDay", r.unitsPerDay());
        body.put("daysOfCover", r.daysOfCover());
        body.put("daysOfCoverWithInbound", r.daysOfCoverWithInbound());
        body.put("projectedStockOut", r.stockOut() == null ? null : r.stockOut().toString());
        body.put(
                "lastSafeOrderDate",
                r.lastSafeOrder() == null ? null : r.lastSafeOrder().toString());
        body.put("warning", r.warning());
        body.put("leadTimeDays", r.leadTimeDays());
        body.put("supplier", r.supplier());
        body.put("orderQuantity", r.orderQuantity());
        Map<String, Object> rules = new LinkedHashMap<>();
        rules.put("averageDailySales", r.averageDailySales());
        rules.put("sixWeeks", r.sixWeeks());
        rules.put("eightWeeks", r.eightWeeks());
        rules.put("cycleTimesOneAndHalf", r.cycleTimesOneAndHalf());
        body.put("ruleOfThumb", rules);
        return body;
    }

    private static Map<String, Object> count(StockCount c) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", c.id());
        body.put("marketplace", c.marketplace().code());
        body.put("sku", c.sku());
        body.put("location", c.location().code());
        body.put("locationName", c.locationName());
        body.put("quantity", c.quantity());
        body.put("countedOn", c.countedOn().toString());
        body.put("countedBy", c.countedBy());
        body.put("recordedAt", c.recordedAt().toString());
        body.put("note", c.note());
        return body;
    }

    private SellerAccount account(long accountId) {
        return directory
                .find(Users.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)), accountId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
