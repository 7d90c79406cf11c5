package dev.bosun.finance.web;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Users;
import dev.bosun.finance.ProfitFigures;
import dev.bosun.finance.ProfitGrouping;
import dev.bosun.finance.ProfitLedger;
import dev.bosun.finance.ProfitReport;
import dev.bosun.finance.ProfitRow;
import dev.bosun.finance.ProfitStatement;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/v1} for profit: {@code GET /api/v1/accounts/{id}/profit?from=&to=&by=asin|sku|parent|marketplace|day}
 * (days inclusive; amounts as numbers rounded to the currency's minor unit, negative for costs) and {@code GET
 * /api/v1/accounts/{id}/pnl?from=YYYY-MM&to=YYYY-MM}.
 */
@RestController
class ProfitApiController {

    private final AccountDirectory directory;
    private final ProfitLedger ledger;
    private final Clock clock;

    ProfitApiController(AccountDirectory directory, ProfitLedger ledger, Clock clock) {
        this.directory = directory;
        this.ledger = ledger;
        this.clock = clock;
    }

    @GetMapping("/api/v1/accounts/{accountId}/profit")
    Map<String, Object> profit(
            @PathVariable long accountId,
            @RequestParam String from,
            @RequestParam String to,
            @RequestParam(defaultValue = "asin") String by,
            @RequestParam(name = "marketplace", required = false) String mp) {
        SellerAccount account = account(accountId);
        LocalDate start;
        LocalDate end;
        try {
            start = LocalDate.parse(from);
            end = LocalDate.parse(to);
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "from and to are days like 2024-03-01");
        }
        if (end.isBefore(start) || start.plusYears(3).isBefore(end)) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "to must not be before from, and the period at most three years");
        }
        ProfitGrouping grouping = ProfitGrouping.named(by)
                .filter(g -> g != ProfitGrouping.MONTH)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.BAD_REQUEST, "by is one of asin, sku, parent, marketplace, day"));
        Marketplace marketplace = marketplace(account, mp);
        ProfitReport report = ledger.report(accountId, start, end, grouping, marketplace, null, null);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("account", account.name());
        body.put("from", start.toString());
        body.put("to", end.toString());
        body.put("by", grouping.name().toLowerCase(java.util.Locale.ROOT));
        body.put("reportingCurrency", report.reportingCurrency().getCurrencyCode());
        body.put("computedAt", report.computedAt().toString());
        body.put("skusWithoutCost", report.skusWithoutCost());
        body.put(
                "missingRates",
                report.missingRates().entrySet().stream()
                        .map(e ->
                                Map.of("pair", e.getKey(), "since", e.getValue().toString()))
                        .toList());
        body.put("rows", report.rows().stream().map(ProfitApiController::row).toList());
        body.put(
                "totals", report.totals().stream().map(ProfitApiController::row).toList());
        body.put("total", report.total() == null ? null : figures(report.total()));
        return body;
    }

    @GetMapping("/api/v1/accounts/{accountId}/pnl")
    Map<String, Object> pnl(
            @PathVariable long accountId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(name = "marketplace", required = false) String mp) {
        SellerAccount account = account(accountId);
        Marketplace marketplace = marketplace(account, mp);
        PnlController.Months months = PnlController.parse(account, from, to, mp, null, clock);
        if ((from != null && !from.equals(months.from().toString()))
                || (to != null && !to.equals(months.to().toString()))) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "from and to are months like 2024-03, to not before from, at most 36 months");
        }
        ProfitStatement s = ledger.statement(accountId, months.from(), months.to(), marketplace);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("account", account.name());
        body.put("marketplace", marketplace == null ? null : marketplace.code());
        body.put("currency", s.currency().getCurrencyCode());
        body.put(
                "missingRates",
                s.missingRates().entrySet().stream()
                        .map(e ->
                                Map.of("pair", e.getKey(), "since", e.getValue().toString()))
                        .toList());
        List<Map<String, Object>> monthRows = new ArrayList<>();
        for (int i = 0; i < s.months().size(); i++) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("month", s.months().get(i).toString());
            ProfitFigures f = s.figures().get(i);
            m.put("figures", f == null ? null : figures(f.rounded()));
            Map<String, BigDecimal> expenses = new LinkedHashMap<>();
            int month = i;
            s.expenses().forEach((category, amounts) -> expenses.put(category, amounts.get(month)));
            m.put("otherExpenses", expenses);
            BigDecimal net = s.netProfitOf(i);
            m.put(
                    "netProfit",
                    net == null
                            ? null
                            : net.setScale(s.currency().getDefaultFractionDigits(), java.math.RoundingMode.HALF_UP));
            monthRows.add(m);
        }
        body.put("months", monthRows);
        return body;
    }

    private static Map<String, Object> row(ProfitRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("marketplace", r.marketplace() == null ? null : r.marketplace().code());
        if (r.day() != null) {
            m.put("day", r.day().toString());
        }
        if (r.sku() != null) {
            m.put("sku", r.sku());
        }
        if (r.asin() != null) {
            m.put("asin", r.asin());
        }
        if (r.parentAsin() != null) {
            m.put("parentAsin", r.parentAsin());
        }
        m.put("local", figures(r.local().rounded()));
        m.put("reporting", r.reporting() == null ? null : figures(r.reporting().rounded()));
        return m;
    }

    private static Map<String, Object> figures(ProfitFigures f) {
        ProfitFigures r = f.rounded();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("currency", r.currency().getCurrencyCode());
        m.put("orders", r.orders());
        m.put("units", r.units());
        m.put("unitsRefunded", r.unitsRefunded());
        m.put("unitsReturnedSellable", r.unitsReturnedSellable());
        m.put("sales", r.sales());
        m.put("promotions", r.promotions());
        m.put("refunds", r.refunds());
        m.put("referralFees", r.referralFees());
        m.put("fbaFees", r.fbaFees());
        m.put("storageFees", r.storageFees());
        m.put("otherFees", r.otherFees());
        m.put("reimbursements", r.reimbursements());
        m.put("adSpend", r.adSpend());
        m.put("cogs", r.cogs());
        m.put("freight", r.freight());
        m.put("duties", r.duties());
        m.put("pickPack", r.pickPack());
        m.put("grossProfit", r.grossProfit());
        m.put("margin", f.margin().orElse(null));
        m.put("roi", f.costUnknown() ? null : f.roi().orElse(null));
        m.put("breakEvenAcos", f.breakEvenAcos().orElse(null));
        m.put("estimated", f.estimated());
        m.put("estimatedFees", r.estimatedFees());
        m.put("unitsEstimated", r.unitsEstimated());
        m.put("costUnknown", f.costUnknown());
        m.put("unitsCostUnknown", r.unitsCostUnknown());
        return m;
    }

    private static Marketplace marketplace(SellerAccount account, String mp) {
        if (mp == null || mp.isBlank()) {
            return null;
        }
        Optional<Marketplace> found = Marketplace.find(mp).filter(account::sellsIn);
        return found.orElseThrow(() -> new ResponseStatusException(
                HttpStatus.BAD_REQUEST, "the account does not sell in marketplace '" + mp + "'"));
    }

    private SellerAccount account(long accountId) {
        CurrentUser user = Users.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return directory.find(user, accountId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
