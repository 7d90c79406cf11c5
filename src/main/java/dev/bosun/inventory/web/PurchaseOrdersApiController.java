package dev.bosun.inventory.web;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Users;
import dev.bosun.inventory.InventoryInputException;
import dev.bosun.inventory.PurchaseOrder;
import dev.bosun.inventory.PurchasePlans;
import dev.bosun.inventory.Receipt;
import dev.bosun.inventory.RecordedOrder;
import dev.bosun.inventory.SupplyPartners;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Purchase orders as JSON, and recording orders placed outside Bosun with their arrivals. Days are ISO days in the
 * marketplace's zone.
 *
 * <ul>
 *   <li>{@code GET /api/v1/accounts/{id}/purchase-orders}: every order, newest first, with lines, units still to
 *       come and receipts.</li>
 *   <li>{@code POST /api/v1/accounts/{id}/purchase-orders} with {@code {"supplierId":3,"forwarderId":null,
 *       "marketplace":"US","orderedOn":"2026-09-01","promisedOn":"2026-09-25","readyOn":"2026-09-28",
 *       "shippedOn":"2026-09-30","currency":"USD","lines":[{"sku":"MUG-1","units":600,"unitCost":2.10}]}}: records
 *       an order placed outside Bosun (specialists and above; logged): 201 with the order, ordered or in transit.</li>
 *   <li>{@code POST /api/v1/accounts/{id}/purchase-orders/{orderId}/receipts} with {@code {"sku":"MUG-1",
 *       "units":300,"receivedOn":"2026-10-28","arrivedOn":"2026-10-25"}}: units of a SKU available for sale on a
 *       day, part of the order or the rest of it (the last one marks the order received): 201 with the order.</li>
 * </ul>
 *
 * Bad input answers 400 with {@code field} and {@code error} and changes nothing; an unknown order 404.
 */
@RestController
class PurchaseOrdersApiController {

    private final PurchasePlans plans;
    private final SupplyPartners partners;
    private final AccountDirectory directory;

    PurchaseOrdersApiController(PurchasePlans plans, SupplyPartners partners, AccountDirectory directory) {
        this.plans = plans;
        this.partners = partners;
        this.directory = directory;
    }

    /** An order placed outside Bosun as sent by a script. */
    record OrderRequest(
            Long supplierId,
            Long forwarderId,
            String marketplace,
            String orderedOn,
            String promisedOn,
            String readyOn,
            String shippedOn,
            String currency,
            String note,
            List<LineRequest> lines) {}

    record LineRequest(String sku, Integer units, BigDecimal unitCost) {}

    /** An arrival as sent by a script. */
    record ReceiptRequest(String sku, Integer units, String receivedOn, String arrivedOn) {}

    @GetMapping("/api/v1/accounts/{accountId}/purchase-orders")
    Map<String, Object> all(@PathVariable long accountId) {
        SellerAccount account = account(accountId);
        List<Object> orders = new ArrayList<>();
        for (PurchaseOrder o : plans.orders(accountId)) {
            orders.add(order(accountId, o));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("account", account.name());
        body.put("purchaseOrders", orders);
        return body;
    }

    @PostMapping("/api/v1/accounts/{accountId}/purchase-orders")
    ResponseEntity<Map<String, Object>> record(@PathVariable long accountId, @RequestBody OrderRequest request) {
        SellerAccount account = account(accountId);
        Marketplace m = Marketplace.find(request.marketplace() == null ? "" : request.marketplace())
                .filter(account::sellsIn)
                .orElseThrow(() -> new InventoryInputException(
                        "marketplace", "inventory.error.marketplace", "a marketplace of the account"));
        List<RecordedOrder.Line> lines = new ArrayList<>();
        if (request.lines() != null) {
            for (LineRequest l : request.lines()) {
                if (l != null) {
                    lines.add(new RecordedOrder.Line(l.sku(), l.units(), l.unitCost()));
                }
            }
        }
        PurchaseOrder saved = partners.record(
                user(),
                accountId,
                new RecordedOrder(
                        request.supplierId(),
                        request.forwarderId(),
                        m,
                        RecordOrderForm.day("orderedOn", request.orderedOn()),
                        RecordOrderForm.day("promisedOn", request.promisedOn()),
                        RecordOrderForm.day("readyOn", request.readyOn()),
                        RecordOrderForm.day("shippedOn", request.shippedOn()),
                        request.currency(),
                        request.note(),
                        lines));
        return ResponseEntity.status(HttpStatus.CREATED).body(order(accountId, saved));
    }

    @PostMapping("/api/v1/accounts/{accountId}/purchase-orders/{orderId}/receipts")
    ResponseEntity<Map<String, Object>> receive(
            @PathVariable long accountId, @PathVariable long orderId, @RequestBody ReceiptRequest request) {
        account(accountId);
        try {
            PurchaseOrder order = plans.receive(
                    user(),
                    accountId,
                    orderId,
                    request.sku(),
                    request.units(),
                    RecordOrderForm.day("receivedOn", request.receivedOn()),
                    RecordOrderForm.day("arrivedOn", request.arrivedOn()));
            return ResponseEntity.status(HttpStatus.CREATED).body(order(accountId, order));
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    @ExceptionHandler(InventoryInputException.class)
    ResponseEntity<Map<String, String>> badInput(InventoryInputException e) {
        return ResponseEntity.badRequest().body(Map.of("field", e.field(), "error", e.getMessage()));
    }

    private Map<String, Object> order(long accountId, PurchaseOrder o) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", o.id());
        body.put("supplierId", o.supplierId());
        body.put("forwarderId", o.forwarderId());
        body.put("marketplace", o.marketplace().code());
        body.put("status", o.status().code());
        body.put("orderedOn", day(o.orderedOn()));
        body.put("promisedOn", day(o.promisedOn()));
        body.put("readyOn", day(o.readyOn()));
        body.put("shippedOn", day(o.shippedOn()));
        body.put("arrivedOn", day(o.arrivedOn()));
        body.put("receivedOn", day(o.receivedOn()));
        body.put("note", o.note());
        Map<String, Integer> open = plans.outstanding(accountId, o);
        List<Object> lines = new ArrayList<>();
        for (PurchaseOrder.Line l : o.lines()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("sku", l.sku());
            line.put("units", l.units());
            line.put("unitCost", l.unitCost());
            line.put("currency", l.currency());
            line.put("unitsToCome", open.getOrDefault(l.sku(), 0));
            lines.add(line);
        }
        body.put("lines", lines);
        List<Object> receipts = new ArrayList<>();
        for (Receipt r : plans.receipts(accountId, o.id())) {
            Map<String, Object> receipt = new LinkedHashMap<>();
            receipt.put("sku", r.sku());
            receipt.put("units", r.units());
            receipt.put("receivedOn", r.receivedOn().toString());
            receipt.put("recordedBy", r.recordedBy());
            receipts.add(receipt);
        }
        body.put("receipts", receipts);
        body.put("createdBy", o.createdBy());
        return body;
    }

    private static String day(java.time.LocalDate day) {
        return day == null ? null : day.toString();
    }

    private SellerAccount account(long accountId) {
        return directory.find(user(), accountId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static CurrentUser user() {
        return Users.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
