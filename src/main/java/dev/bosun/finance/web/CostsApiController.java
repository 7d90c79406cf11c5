package dev.bosun.finance.web;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Users;
import dev.bosun.finance.CostBook;
import dev.bosun.finance.CostInputException;
import dev.bosun.finance.CostPeriod;
import dev.bosun.finance.ExchangeRate;
import dev.bosun.finance.ExchangeRateTable;
import dev.bosun.finance.ExchangeRates;
import dev.bosun.finance.Expense;
import dev.bosun.finance.InboundShipment;
import dev.bosun.finance.LandedCost;
import dev.bosun.finance.UnitCosts;
import dev.bosun.shared.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Costs and exchange rates as JSON. Amounts are decimal strings with their currency code, never rounded here.
 * <ul>
 *   <li>{@code GET /api/v1/accounts/{id}/costs[?date=]}: every SKU with a cost: its COGS history and the landed cost
 *       per unit in force on the date (default today).</li>
 *   <li>{@code GET /api/v1/accounts/{id}/costs/{sku}[?date=]}: one SKU; 404 when it has no cost.</li>
 *   <li>{@code PUT /api/v1/accounts/{id}/costs/{sku}} with {@code {"cost":"21.50","currency":"CNY","from":"2026-01-01"}}:
 *       sets the COGS from a date (specialists and above; logged); 400 with {@code field} and {@code error} for bad
 *       input.</li>
 *   <li>{@code GET /api/v1/accounts/{id}/costs/shipments} and {@code …/costs/expenses?month=2026-11}.</li>
 *   <li>{@code GET /api/v1/accounts/{id}/exchange-rates?date=}: the reporting currency and the rate of each stored
 *       pair on the date (latest on or before it), and with {@code from} and {@code to} the rate between those two,
 *       however it is found.</li>
 * </ul>
 */
@RestController
class CostsApiController {

    private final UnitCosts costs;
    private final ExchangeRates rates;
    private final AccountDirectory directory;
    private final Clock clock;

    CostsApiController(UnitCosts costs, ExchangeRates rates, AccountDirectory directory, Clock clock) {
        this.costs = costs;
        this.rates = rates;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/api/v1/accounts/{accountId}/costs")
    Map<String, Object> all(@PathVariable long accountId, @RequestParam(required = false) LocalDate date) {
        SellerAccount account = account(accountId);
        LocalDate day = date == null ? today(account) : date;
        CostBook book = costs.book(accountId);
        List<Object> skus = new ArrayList<>();
        for (String sku : book.skus()) {
            skus.add(sku(book, sku, day));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("account", account.name());
        body.put("date", day.toString());
        body.put("skus", skus);
        return body;
    }

    @GetMapping("/api/v1/accounts/{accountId}/costs/shipments")
    List<Map<String, Object>> shipments(@PathVariable long accountId) {
        account(accountId);
        return costs.shipments(accountId).stream()
                .map(CostsApiController::shipment)
                .toList();
    }

    @GetMapping("/api/v1/accounts/{accountId}/costs/expenses")
    List<Map<String, Object>> expenses(@PathVariable long accountId, @RequestParam(required = false) String month) {
        SellerAccount account = account(accountId);
        YearMonth m = CostForms.month(month, YearMonth.from(today(account)));
        return costs.expenses(accountId, m).stream()
                .map(CostsApiController::expense)
                .toList();
    }

    @GetMapping("/api/v1/accounts/{accountId}/costs/{sku}")
    Map<String, Object> one(
            @PathVariable long accountId, @PathVariable String sku, @RequestParam(required = false) LocalDate date) {
        SellerAccount account = account(accountId);
        CostBook book = costs.book(accountId);
        if (!book.skus().contains(sku)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return sku(book, sku, date == null ? today(account) : date);
    }

    @PutMapping("/api/v1/accounts/{accountId}/costs/{sku}")
    Map<String, Object> setCogs(
            @PathVariable long accountId, @PathVariable String sku, @RequestBody Map<String, String> body) {
        account(accountId);
        CostPeriod period = costs.setCogs(
                user(),
                accountId,
                sku,
                CostForms.day("from", body.get("from")),
                CostForms.money("cost", body.get("cost"), body.get("currency")));
        return period(period);
    }

    @GetMapping("/api/v1/accounts/{accountId}/exchange-rates")
    Map<String, Object> exchangeRates(
            @PathVariable long accountId,
            @RequestParam(required = false) LocalDate date,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        SellerAccount account = account(accountId);
        LocalDate day = date == null ? today(account) : date;
        long organisation = account.organisationId();
        ExchangeRateTable table = rates.table(organisation);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", day.toString());
        body.put("reportingCurrency", table.reportingCurrency().getCurrencyCode());
        if (from != null && to != null) {
            ExchangeRate rate = table.rate(CostForms.currency("from", from), CostForms.currency("to", to), day)
                    .orElse(null);
            body.put("rate", rate == null ? null : rate(rate));
        }
        List<Object> list = new ArrayList<>();
        table.ratesOn(day).forEach(r -> list.add(rate(r)));
        body.put("rates", list);
        return body;
    }

    @ExceptionHandler(CostInputException.class)
    ResponseEntity<Map<String, String>> badInput(CostInputException e) {
        return ResponseEntity.badRequest().body(Map.of("field", e.field(), "error", e.getMessage()));
    }

    private static Map<String, Object> sku(CostBook book, String sku, LocalDate day) {
        LandedCost now = book.landedCost(sku, day);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sku", sku);
        body.put("cogs", money(now.cogs()));
        body.put("freight", money(now.freight()));
        body.put("duties", money(now.duties()));
        body.put("pickAndPack", money(now.pickAndPack()));
        body.put("shipment", now.shipment());
        body.put(
                "history",
                book.cogsHistory(sku).stream().map(CostsApiController::period).toList());
        return body;
    }

    private static Map<String, Object> period(CostPeriod p) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sku", p.sku());
        body.put("from", p.from().toString());
        body.put("until", p.until() == null ? null : p.until().toString());
        body.put("cost", money(p.cost()));
        return body;
    }

    private static Map<String, Object> shipment(InboundShipment s) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", s.id());
        body.put("name", s.name());
        body.put("date", s.date().toString());
        body.put("forwarder", s.forwarder());
        body.put("freight", money(s.freight()));
        body.put("duties", money(s.duties()));
        body.put("basis", s.basis().name());
        body.put(
                "lines",
                s.lines().stream()
                        .map(l -> {
                            Map<String, Object> line = new LinkedHashMap<>();
                            line.put("sku", l.sku());
                            line.put("units", l.units());
                            line.put("share", l.share().toPlainString());
                            line.put("freight", money(l.freight()));
                            line.put("duties", money(l.duties()));
                            line.put("freightPerUnit", money(l.freightPerUnit()));
                            line.put("dutiesPerUnit", money(l.dutiesPerUnit()));
                            return line;
                        })
                        .toList());
        return body;
    }

    private static Map<String, Object> expense(Expense e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", e.id());
        body.put("month", e.month().toString());
        body.put("category", e.category());
        body.put("amount", money(e.amount()));
        body.put("note", e.note());
        return body;
    }

    private static Map<String, Object> rate(ExchangeRate r) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", r.from().getCurrencyCode());
        body.put("to", r.to().getCurrencyCode());
        body.put("date", r.date().toString());
        body.put("rate", r.rate().stripTrailingZeros().toPlainString());
        body.put("route", r.route().name());
        return body;
    }

    private static Map<String, String> money(Money m) {
        if (m == null) {
            return null;
        }
        Map<String, String> body = new LinkedHashMap<>();
        body.put("amount", m.amount().toPlainString());
        body.put("currency", m.currency().getCurrencyCode());
        return body;
    }

    private SellerAccount account(long accountId) {
        CurrentUser user = user();
        return directory.find(user, accountId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static CurrentUser user() {
        return Users.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private LocalDate today(SellerAccount account) {
        return LocalDate.now(clock.withZone(
                account.primaryMarketplace() == null
                        ? java.time.ZoneOffset.UTC
                        : account.primaryMarketplace().zone()));
    }
}
