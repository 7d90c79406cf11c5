package dev.bosun.inventory.web;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Users;
import dev.bosun.inventory.InventoryInputException;
import dev.bosun.inventory.Replenishment;
import dev.bosun.inventory.ReplenishmentLine;
import dev.bosun.inventory.ReplenishmentSheet;
import dev.bosun.inventory.SkuOutlook;
import dev.bosun.inventory.StockLocation;
import dev.bosun.inventory.StockPosition;
import dev.bosun.inventory.StockPositions;
import dev.bosun.inventory.SupplyPartners;
import dev.bosun.shared.Marketplace;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Inventory → Stock: the table by SKU and marketplace (stock by location, days of cover, projected stock-out date,
 * Bosun's reorder proposal next to the rules of thumb) with its xlsx export, and a SKU's page with the forecast chart
 * (history, forecast, 80 % and 95 % intervals), its stock day by day and the counts of warehouses outside Amazon,
 * where specialists and above enter a new count.
 */
@Controller
class InventoryController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** SKUs per page of the stock table (the xlsx and the API hold them all). */
    static final int PAGE_SIZE = 250;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Replenishment replenishment;
    private final StockPositions positions;
    private final SupplyPartners partners;
    private final AccountDirectory directory;
    private final MessageSource messages;

    InventoryController(
            Replenishment replenishment,
            StockPositions positions,
            SupplyPartners partners,
            AccountDirectory directory,
            MessageSource messages) {
        this.replenishment = replenishment;
        this.positions = positions;
        this.partners = partners;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/a/{accountId}/inventory/stock")
    String stock(
            @PathVariable long accountId,
            @RequestParam(name = "mp", required = false) String mp,
            @RequestParam(required = false) String filter,
            @RequestParam(required = false, defaultValue = "1") int page,
            Model model) {
        SellerAccount account = account(accountId);
        List<Marketplace> shown = marketplaces(account, mp);
        List<ReplenishmentSheet> sheets = sheets(accountId, shown);
        List<StockRow> all = rows(sheets, filter);
        int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.max(1, Math.min(pages, page));
        List<StockRow> rows = all.subList((current - 1) * PAGE_SIZE, Math.min(all.size(), current * PAGE_SIZE));
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("total", all.size());
        model.addAttribute("area", "inventory");
        model.addAttribute("sheets", sheets);
        model.addAttribute("computing", sheets.stream().anyMatch(s -> s.stale() || !s.computed()));
        model.addAttribute(
                "computedAt",
                sheets.stream()
                        .map(ReplenishmentSheet::computedAt)
                        .filter(java.util.Objects::nonNull)
                        .min(java.util.Comparator.naturalOrder())
                        .orElse(null));
        model.addAttribute("sellerAccount", account);
        model.addAttribute("marketplaces", account.marketplaces());
        model.addAttribute(
                "mp",
                shown.size() == 1 && account.marketplaces().size() > 1
                        ? shown.get(0).code()
                        : "");
        model.addAttribute("filter", "warning".equals(filter) ? "warning" : "all");
        model.addAttribute("rows", rows);
        model.addAttribute("warnings", all.stream().filter(StockRow::warning).count());
        model.addAttribute("today", shown.isEmpty() ? null : replenishment.today(shown.get(0)));
        model.addAttribute("reviewDays", Replenishment.REVIEW_DAYS);
        model.addAttribute("service", Math.round(Replenishment.SERVICE * 100));
        return "inventory/stock";
    }

    @GetMapping("/a/{accountId}/inventory/stock/export.xlsx")
    void export(
            @PathVariable long accountId,
            @RequestParam(name = "mp", required = false) String mp,
            @RequestParam(required = false) String filter,
            HttpServletResponse response)
            throws IOException {
        SellerAccount account = account(accountId);
        List<Marketplace> shown = marketplaces(account, mp);
        LocalDate today = replenishment.today(shown.isEmpty() ? Marketplace.US : shown.get(0));
        List<StockRow> rows = rows(sheets(accountId, shown), filter);
        response.setContentType(XLSX);
        response.setHeader(
                "Content-Disposition",
                ContentDisposition.attachment()
                        .filename("inventory-" + account.name() + "-" + today + ".xlsx", StandardCharsets.UTF_8)
                        .build()
                        .toString());
        new StockWorkbook(messages, LocaleContextHolder.getLocale())
                .write(account.name() + " " + today, rows, response.getOutputStream());
    }

    @GetMapping("/a/{accountId}/inventory/stock/{marketplace}/{sku}")
    String sku(@PathVariable long accountId, @PathVariable String marketplace, @PathVariable String sku, Model model) {
        SellerAccount account = account(accountId);
        Marketplace m = marketplace(account, marketplace);
        SkuOutlook outlook = replenishment
                .outlook(accountId, m, sku)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("area", "inventory");
        model.addAttribute("sellerAccount", account);
        model.addAttribute("marketplace", m);
        model.addAttribute("computing", replenishment.stale(accountId, m));
        model.addAttribute("row", StockRow.of(outlook.line()));
        model.addAttribute("proposal", outlook.line().proposal());
        model.addAttribute("counts", outlook.counts());
        model.addAttribute("stockDays", lastDays(outlook.stock(), 30));
        model.addAttribute("chart", chart(outlook));
        model.addAttribute("mayCount", StockPositions.mayCount(user()));
        model.addAttribute("locations", StockLocation.values());
        model.addAttribute("today", replenishment.today(m));
        model.addAttribute("suppliers", partners.suppliers(accountId));
        model.addAttribute("forwarders", partners.forwarders(accountId));
        model.addAttribute("link", partners.links(accountId).get(sku));
        model.addAttribute("mayLink", SupplyPartners.mayEdit(user()));
        return "inventory/sku";
    }

    @PostMapping("/a/{accountId}/inventory/counts")
    String count(
            @PathVariable long accountId,
            @RequestParam String marketplace,
            @RequestParam String sku,
            @RequestParam String location,
            @RequestParam String locationName,
            @RequestParam String quantity,
            @RequestParam String countedOn,
            @RequestParam(required = false) String note,
            RedirectAttributes flash) {
        SellerAccount account = account(accountId);
        Marketplace m = marketplace(account, marketplace);
        try {
            positions.count(
                    user(),
                    accountId,
                    m,
                    sku,
                    StockLocation.fromCode(location),
                    locationName,
                    wholeNumber(quantity),
                    day(countedOn),
                    note);
            flash.addFlashAttribute("saved", "inventory.count.saved");
        } catch (InventoryInputException e) {
            flash.addFlashAttribute("formErrorKey", e.messageKey());
        }
        return "redirect:/a/" + accountId + "/inventory/stock/" + m.code() + "/"
                + org.springframework.web.util.UriUtils.encodePathSegment(sku.strip(), StandardCharsets.UTF_8);
    }

    /** Each shown marketplace's sheet as last computed in the background (stale ones are queued again). */
    private List<ReplenishmentSheet> sheets(long accountId, List<Marketplace> shown) {
        List<ReplenishmentSheet> sheets = new ArrayList<>();
        for (Marketplace m : shown) {
            sheets.add(replenishment.latest(accountId, m));
        }
        return sheets;
    }

    private static List<StockRow> rows(List<ReplenishmentSheet> sheets, String filter) {
        List<StockRow> rows = new ArrayList<>();
        for (ReplenishmentSheet sheet : sheets) {
            for (ReplenishmentLine line : sheet.lines()) {
                if (!"warning".equals(filter) || line.warning()) {
                    rows.add(StockRow.of(line));
                }
            }
        }
        return rows;
    }

    /** The history, forecast and intervals for inventory-chart.js. */
    private String chart(SkuOutlook outlook) {
        Map<String, Object> data = new LinkedHashMap<>();
        List<Object[]> history = new ArrayList<>();
        for (SkuOutlook.SoldDay d : outlook.history()) {
            history.add(new Object[] {d.day().toString(), d.units(), d.observed()});
        }
        List<Object[]> forecast = new ArrayList<>();
        for (SkuOutlook.ForecastDay d : outlook.forecast()) {
            forecast.add(new Object[] {
                d.day().toString(),
                StockRow.round(d.mean(), 2),
                StockRow.round(d.low80(), 2),
                StockRow.round(d.high80(), 2),
                StockRow.round(d.low95(), 2),
                StockRow.round(d.high95(), 2)
            });
        }
        List<Object[]> stock = new ArrayList<>();
        for (StockPosition p : outlook.stock()) {
            stock.add(new Object[] {p.day().toString(), p.available()});
        }
        data.put("history", history);
        data.put("forecast", forecast);
        data.put("stock", stock);
        Map<String, String> labels = new LinkedHashMap<>();
        for (String key : List.of("sold", "censored", "forecast", "p80", "p95", "available")) {
            labels.put(key, messages.getMessage("inventory.chart." + key, null, key, LocaleContextHolder.getLocale()));
        }
        data.put("labels", labels);
        return JSON.writeValueAsString(data);
    }

    private static List<StockPosition> lastDays(List<StockPosition> days, int n) {
        List<StockPosition> last = new ArrayList<>(days.subList(Math.max(0, days.size() - n), days.size()));
        java.util.Collections.reverse(last);
        return last;
    }

    private static List<Marketplace> marketplaces(SellerAccount account, String mp) {
        if (mp == null || mp.isBlank()) {
            return account.marketplaces();
        }
        return Marketplace.find(mp).filter(account::sellsIn).map(List::of).orElse(account.marketplaces());
    }

    private static Marketplace marketplace(SellerAccount account, String code) {
        return Marketplace.find(code)
                .filter(account::sellsIn)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static Integer wholeNumber(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InventoryInputException("quantity", "inventory.error.quantity", "a whole number: " + text);
        }
    }

    static LocalDate day(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InventoryInputException("countedOn", "inventory.error.countedOn", "a day such as 2026-11-25");
        }
    }

    private SellerAccount account(long accountId) {
        return directory.find(user(), accountId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static CurrentUser user() {
        return Users.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
