package dev.bosun.finance.web;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Users;
import dev.bosun.finance.OrderProfit;
import dev.bosun.finance.OrderStatement;
import dev.bosun.finance.ProfitFigures;
import dev.bosun.finance.ProfitGrouping;
import dev.bosun.finance.ProfitLedger;
import dev.bosun.finance.ProfitReport;
import dev.bosun.finance.ProfitRow;
import dev.bosun.shared.Marketplace;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finance → Profit: tiles for today, yesterday, the last 7 days, month to date, last month and the month's forecast;
 * a trend chart of sales, profit and ad spend per day; the table by ASIN (or parent ASIN, SKU) for a period and
 * marketplace in the marketplace or the reporting currency, sortable, with a drill-down ASIN → SKUs → orders → the
 * order's settlement lines; and its xlsx export.
 */
@Controller
class ProfitController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final AccountDirectory directory;
    private final ProfitLedger ledger;
    private final MessageSource messages;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Clock clock;

    ProfitController(AccountDirectory directory, ProfitLedger ledger, MessageSource messages, Clock clock) {
        this.directory = directory;
        this.ledger = ledger;
        this.messages = messages;
        this.clock = clock;
    }

    /** What the page was asked for, with defaults: the last 30 days, every marketplace, by ASIN, reporting currency. */
    public record Query(
            LocalDate from,
            LocalDate to,
            Marketplace marketplace,
            ProfitGrouping by,
            boolean reporting,
            String sort,
            boolean ascending) {

        public String currencyParam() {
            return reporting ? "reporting" : "local";
        }

        public String marketplaceParam() {
            return marketplace == null ? "" : marketplace.code();
        }

        public String byParam() {
            return by.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @GetMapping("/a/{accountId}/finance/profit")
    String page(
            @PathVariable long accountId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(name = "mp", required = false) String mp,
            @RequestParam(required = false) String by,
            @RequestParam(name = "cur", required = false) String currency,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            Model model) {
        SellerAccount account = account(accountId);
        Query query = query(account, from, to, mp, by, currency, sort, dir, model);
        ProfitReport report = report(accountId, query);
        List<ProfitLine> lines = sortedLines(report, query);
        model.addAttribute("area", "finance");
        model.addAttribute("sellerAccount", account);
        model.addAttribute("q", query);
        model.addAttribute("report", report);
        model.addAttribute("lines", lines);
        model.addAttribute(
                "totals",
                report.totals().stream()
                        .map(r -> ProfitLine.of(r, query.reporting()))
                        .toList());
        model.addAttribute(
                "total", report.total() == null ? null : report.total().rounded());
        model.addAttribute(
                "tiles",
                ledger.tiles(accountId, query.marketplace(), ProfitLedger.Freshness.LAST_ROLLUP).stream()
                        .map(t -> new Tile(
                                t.key(),
                                t.from(),
                                t.to(),
                                t.figures() == null ? null : t.figures().rounded(),
                                t.forecast()))
                        .toList());
        model.addAttribute("marketplaces", account.marketplaces());
        model.addAttribute("chart", chart(accountId, query, report));
        return "finance/profit";
    }

    /** A dashboard tile, rounded. */
    public record Tile(String key, LocalDate from, LocalDate to, ProfitFigures figures, boolean forecast) {

        public BigDecimal marginPercent() {
            return figures == null ? null : ProfitLine.percent(figures.margin());
        }
    }

    /** The SKUs of an ASIN, for the drill-down row under it. */
    @GetMapping("/a/{accountId}/finance/profit/skus")
    String skus(
            @PathVariable long accountId,
            @RequestParam String asin,
            @RequestParam(name = "mp") String mp,
            @RequestParam String from,
            @RequestParam String to,
            @RequestParam(name = "cur", required = false) String currency,
            Model model) {
        SellerAccount account = account(accountId);
        Query query = query(account, from, to, mp, "sku", currency, null, null, model);
        ProfitReport report = ledger.report(
                accountId,
                query.from(),
                query.to(),
                ProfitGrouping.SKU,
                query.marketplace(),
                asin,
                null,
                ProfitLedger.Freshness.LAST_ROLLUP);
        model.addAttribute("sellerAccount", account);
        model.addAttribute("q", query);
        model.addAttribute("asin", asin);
        model.addAttribute(
                "skuLines",
                report.rows().stream()
                        .map(r -> ProfitLine.of(r, query.reporting()))
                        .toList());
        return "finance/profit :: skus";
    }

    /** The order lines of a SKU in the period, for the drill-down under a SKU. */
    @GetMapping("/a/{accountId}/finance/profit/orders")
    String orders(
            @PathVariable long accountId,
            @RequestParam String sku,
            @RequestParam(name = "mp") String mp,
            @RequestParam String from,
            @RequestParam String to,
            @RequestParam(name = "cur", required = false) String currency,
            Model model) {
        SellerAccount account = account(accountId);
        Query query = query(account, from, to, mp, "sku", currency, null, null, model);
        if (query.marketplace() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        List<OrderProfit> orders = ledger.orders(accountId, query.marketplace(), sku, query.from(), query.to());
        model.addAttribute("sellerAccount", account);
        model.addAttribute("q", query);
        model.addAttribute("sku", sku);
        model.addAttribute(
                "orderLines",
                orders.stream()
                        .map(o -> new OrderView(o, query.reporting() ? o.reporting() : o.local()))
                        .toList());
        return "finance/profit :: orders";
    }

    /** An order line with its figures in the chosen currency (null when a rate is missing), rounded. */
    public record OrderView(OrderProfit order, ProfitFigures figures) {
        public OrderView {
            figures = figures == null ? null : figures.rounded();
        }
    }

    /** One order's settlement lines next to its figures. */
    @GetMapping("/a/{accountId}/finance/profit/order/{orderId}")
    String order(
            @PathVariable long accountId,
            @PathVariable String orderId,
            @RequestParam(name = "cur", required = false) String currency,
            Model model) {
        SellerAccount account = account(accountId);
        OrderStatement statement;
        try {
            statement = ledger.order(accountId, orderId);
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        boolean reporting = !"local".equals(currency);
        model.addAttribute("sellerAccount", account);
        model.addAttribute("statement", statement);
        model.addAttribute(
                "orderLines",
                statement.lines().stream()
                        .map(o -> new OrderView(o, reporting ? o.reporting() : o.local()))
                        .toList());
        return "finance/profit :: order";
    }

    @GetMapping("/a/{accountId}/finance/profit/export.xlsx")
    void export(
            @PathVariable long accountId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(name = "mp", required = false) String mp,
            @RequestParam(required = false) String by,
            @RequestParam(name = "cur", required = false) String currency,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            HttpServletResponse response)
            throws IOException {
        SellerAccount account = account(accountId);
        Query query = query(account, from, to, mp, by, currency, sort, dir, null);
        List<ProfitLine> lines = sortedLines(report(accountId, query), query);
        response.setContentType(XLSX);
        response.setHeader(
                "Content-Disposition",
                ContentDisposition.attachment()
                        .filename(
                                "profit-" + account.name() + "-" + query.from() + "-" + query.to() + ".xlsx",
                                StandardCharsets.UTF_8)
                        .build()
                        .toString());
        String title = account.name() + " · " + query.from() + " – " + query.to()
                + (query.marketplace() == null
                        ? ""
                        : " · " + query.marketplace().code());
        new ProfitWorkbook(messages, LocaleContextHolder.getLocale()).table(title, lines, response.getOutputStream());
    }

    private Query query(
            SellerAccount account,
            String from,
            String to,
            String mp,
            String by,
            String currency,
            String sort,
            String dir,
            Model model) {
        Marketplace marketplace = null;
        if (mp != null && !mp.isBlank()) {
            marketplace = Marketplace.find(mp).filter(account::sellsIn).orElse(null);
        }
        Marketplace zoneOf = marketplace != null ? marketplace : account.primaryMarketplace();
        LocalDate today = LocalDate.now(clock.withZone(zoneOf == null ? ZoneOffset.UTC : zoneOf.zone()));
        LocalDate start = today.minusDays(29);
        LocalDate end = today;
        try {
            if (from != null && !from.isBlank()) {
                start = LocalDate.parse(from.strip());
            }
            if (to != null && !to.isBlank()) {
                end = LocalDate.parse(to.strip());
            }
        } catch (DateTimeParseException e) {
            if (model != null) {
                model.addAttribute("periodError", "profit.error.date");
            }
            start = today.minusDays(29);
            end = today;
        }
        if (end.isBefore(start)) {
            if (model != null) {
                model.addAttribute("periodError", "profit.error.order");
            }
            LocalDate swap = start;
            start = end;
            end = swap;
        }
        if (start.plusYears(3).isBefore(end)) {
            if (model != null) {
                model.addAttribute("periodError", "profit.error.long");
            }
            start = end.minusYears(3);
        }
        ProfitGrouping grouping = ProfitGrouping.named(by)
                .filter(g -> g == ProfitGrouping.ASIN || g == ProfitGrouping.PARENT || g == ProfitGrouping.SKU)
                .orElse(ProfitGrouping.ASIN);
        return new Query(start, end, marketplace, grouping, !"local".equals(currency), sort, "asc".equals(dir));
    }

    /** Sales, profit and ad spend per day in the reporting currency, for profit-chart.js. */
    private String chart(long accountId, Query query, ProfitReport report) {
        ProfitReport daily = ledger.report(
                accountId,
                query.from(),
                query.to(),
                ProfitGrouping.DAY,
                query.marketplace(),
                null,
                null,
                ProfitLedger.Freshness.LAST_ROLLUP);
        Map<LocalDate, ProfitFigures> byDay = new TreeMap<>();
        for (LocalDate d = query.from(); !d.isAfter(query.to()); d = d.plusDays(1)) {
            byDay.put(d, ProfitFigures.zero(report.reportingCurrency()));
        }
        boolean complete = true;
        for (ProfitRow row : daily.rows()) {
            if (row.reporting() == null) {
                complete = false;
                continue;
            }
            byDay.merge(row.day(), row.reporting(), ProfitFigures::plus);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("currency", report.reportingCurrency().getCurrencyCode());
        data.put("complete", complete);
        data.put(
                "labels",
                Map.of(
                        "sales", text("profit.col.sales"),
                        "profit", text("profit.col.profit"),
                        "ads", text("profit.col.ads")));
        List<Object[]> points = new ArrayList<>();
        byDay.forEach((day, f) -> points.add(new Object[] {
            day.toString(),
            money(f.sales()),
            money(f.grossProfit()),
            money(f.adSpend().negate())
        }));
        data.put("days", points);
        return JSON.writeValueAsString(data);
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private SellerAccount account(long accountId) {
        CurrentUser user = Users.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return directory.find(user, accountId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The table's report as of the last rollup (pages and exports never wait for a recompute). */
    private ProfitReport report(long accountId, Query query) {
        return ledger.report(
                accountId,
                query.from(),
                query.to(),
                query.by(),
                query.marketplace(),
                null,
                null,
                ProfitLedger.Freshness.LAST_ROLLUP);
    }

    /** The report's rows in the reporting currency, in the order the query asks for. */
    private static List<ProfitLine> sortedLines(ProfitReport report, Query query) {
        List<ProfitLine> lines = new ArrayList<>(report.rows().stream()
                .map(r -> ProfitLine.of(r, query.reporting()))
                .toList());
        Comparator<ProfitLine> order = ProfitLine.order(query.sort());
        lines.sort(query.ascending() ? order : order.reversed());
        return lines;
    }
}
