package dev.bosun.finance.web;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Users;
import dev.bosun.finance.CostBook;
import dev.bosun.finance.CostInputException;
import dev.bosun.finance.CostPeriod;
import dev.bosun.finance.ExchangeRates;
import dev.bosun.finance.InboundShipment;
import dev.bosun.finance.LandedCost;
import dev.bosun.finance.UnitCosts;
import dev.bosun.shared.Marketplace;
import dev.bosun.shared.Money;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

/**
 * Finance → Costs: each SKU's cost of goods with its history and a form to set it from a date, unit sizes and
 * merchant-fulfilled pick-and-pack, inbound shipments with their freight and duties shared among their SKUs (preview
 * before saving), and the month's other expenses; the SKU cost table as xlsx. Specialists and above change costs;
 * every change goes to the operations log.
 */
@Controller
class CostsController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final UnitCosts costs;
    private final ExchangeRates rates;
    private final AccountDirectory directory;
    private final MessageSource messages;
    private final Clock clock;

    CostsController(
            UnitCosts costs, ExchangeRates rates, AccountDirectory directory, MessageSource messages, Clock clock) {
        this.costs = costs;
        this.rates = rates;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/a/{accountId}/finance/costs")
    String page(
            @PathVariable long accountId,
            @RequestParam(required = false) String month,
            @RequestParam(required = false) String sku,
            Model model) {
        SellerAccount account = account(accountId);
        prepare(account, month, sku, model);
        return "finance/costs";
    }

    @PostMapping("/a/{accountId}/finance/costs/cogs")
    String setCogs(
            @PathVariable long accountId,
            @RequestParam String sku,
            @RequestParam String cost,
            @RequestParam String currency,
            @RequestParam String from,
            RedirectAttributes flash) {
        account(accountId);
        return change(accountId, flash, "cogs", () -> {
            CostPeriod period = costs.setCogs(
                    user(), accountId, sku, CostForms.day("from", from), CostForms.money("cost", cost, currency));
            flash.addFlashAttribute("saved", "costs.saved.cogs");
            flash.addFlashAttribute("savedArgs", new Object[] {period.sku(), show(period.cost()), period.from()});
        });
    }

    @PostMapping("/a/{accountId}/finance/costs/pick-pack")
    String setPickAndPack(
            @PathVariable long accountId,
            @RequestParam(required = false) String sku,
            @RequestParam String cost,
            @RequestParam String currency,
            @RequestParam String from,
            RedirectAttributes flash) {
        account(accountId);
        return change(accountId, flash, "pickPack", () -> {
            costs.setPickAndPack(
                    user(), accountId, sku, CostForms.day("from", from), CostForms.money("cost", cost, currency));
            flash.addFlashAttribute("saved", "costs.saved.pickPack");
        });
    }

    @PostMapping("/a/{accountId}/finance/costs/size")
    String setSize(
            @PathVariable long accountId,
            @RequestParam String sku,
            @RequestParam String length,
            @RequestParam String width,
            @RequestParam String height,
            @RequestParam String weight,
            RedirectAttributes flash) {
        account(accountId);
        return change(accountId, flash, "size", () -> {
            costs.setUnitSize(user(), accountId, sku, CostForms.size(length, width, height, weight));
            flash.addFlashAttribute("saved", "costs.saved.size");
        });
    }

    /** Previews the allocation (the page again, with the form kept) or saves the shipment. */
    @PostMapping("/a/{accountId}/finance/costs/shipments")
    String shipment(
            @PathVariable long accountId,
            @RequestParam String name,
            @RequestParam String date,
            @RequestParam(required = false) String forwarder,
            @RequestParam String freight,
            @RequestParam(required = false) String duties,
            @RequestParam String currency,
            @RequestParam String basis,
            @RequestParam String lines,
            @RequestParam(defaultValue = "preview") String action,
            Model model,
            RedirectAttributes flash) {
        SellerAccount account = account(accountId);
        ShipmentForm form = new ShipmentForm(name, date, forwarder, freight, duties, currency, basis, lines);
        if ("save".equals(action)) {
            return change(accountId, flash, "shipment", () -> {
                InboundShipment saved = costs.saveShipment(
                        user(),
                        accountId,
                        CostForms.shipment(name, date, forwarder, freight, duties, currency, basis, lines));
                flash.addFlashAttribute("saved", "costs.saved.shipment");
                flash.addFlashAttribute("savedArgs", new Object[] {saved.name()});
            });
        }
        try {
            model.addAttribute(
                    "preview",
                    costs.previewShipment(
                            accountId,
                            CostForms.shipment(name, date, forwarder, freight, duties, currency, basis, lines)));
        } catch (CostInputException e) {
            model.addAttribute("shipmentError", e.getMessage());
            model.addAttribute("shipmentErrorKey", e.messageKey());
        }
        model.addAttribute("shipmentForm", form);
        prepare(account, null, null, model);
        return "finance/costs";
    }

    @PostMapping("/a/{accountId}/finance/costs/shipments/{shipmentId}/delete")
    String deleteShipment(@PathVariable long accountId, @PathVariable long shipmentId, RedirectAttributes flash) {
        account(accountId);
        return change(accountId, flash, "shipment", () -> {
            if (!costs.deleteShipment(user(), accountId, shipmentId)) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            flash.addFlashAttribute("saved", "costs.saved.shipmentDeleted");
        });
    }

    @PostMapping("/a/{accountId}/finance/costs/expenses")
    String addExpense(
            @PathVariable long accountId,
            @RequestParam String month,
            @RequestParam String category,
            @RequestParam String amount,
            @RequestParam String currency,
            @RequestParam(required = false) String note,
            RedirectAttributes flash) {
        account(accountId);
        YearMonth m = CostForms.month(month, null);
        flash.addAttribute("month", m == null ? month : m.toString());
        return change(accountId, flash, "expense", () -> {
            if (m == null) {
                throw new CostInputException("month", "costs.error.month", "a month such as 2026-11");
            }
            costs.addExpense(user(), accountId, m, category, CostForms.money("amount", amount, currency), note);
            flash.addFlashAttribute("saved", "costs.saved.expense");
        });
    }

    @PostMapping("/a/{accountId}/finance/costs/expenses/{expenseId}/delete")
    String deleteExpense(
            @PathVariable long accountId,
            @PathVariable long expenseId,
            @RequestParam(required = false) String month,
            RedirectAttributes flash) {
        account(accountId);
        if (month != null) {
            flash.addAttribute("month", month);
        }
        return change(accountId, flash, "expense", () -> {
            if (!costs.deleteExpense(user(), accountId, expenseId)) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            flash.addFlashAttribute("saved", "costs.saved.expenseDeleted");
        });
    }

    @GetMapping("/a/{accountId}/finance/costs/export.xlsx")
    void export(@PathVariable long accountId, HttpServletResponse response) throws IOException {
        SellerAccount account = account(accountId);
        LocalDate today = today(account);
        response.setContentType(XLSX);
        response.setHeader(
                "Content-Disposition",
                ContentDisposition.attachment()
                        .filename("sku-costs-" + account.name() + "-" + today + ".xlsx", StandardCharsets.UTF_8)
                        .build()
                        .toString());
        new CostWorkbook(messages, LocaleContextHolder.getLocale())
                .write(account.name(), costs.book(accountId), today, response.getOutputStream());
    }

    private void prepare(SellerAccount account, String month, String sku, Model model) {
        CurrentUser user = user();
        LocalDate today = today(account);
        YearMonth shownMonth = CostForms.month(month, YearMonth.from(today));
        CostBook book = costs.book(account.id());
        List<CostRow> rows = new ArrayList<>();
        for (String s : book.skus()) {
            rows.add(CostRow.of(
                    book,
                    s,
                    today,
                    costs.unitSize(account.id(), s).map(Object::toString).orElse(null)));
        }
        model.addAttribute("area", "finance");
        model.addAttribute("sellerAccount", account);
        model.addAttribute("today", today);
        model.addAttribute("rows", rows);
        model.addAttribute("accountPickAndPack", show(book.landedCost("", today).pickAndPack()));
        model.addAttribute("shipments", costs.shipments(account.id()));
        model.addAttribute("month", shownMonth);
        model.addAttribute("previousMonth", shownMonth.minusMonths(1));
        model.addAttribute("nextMonth", shownMonth.plusMonths(1));
        model.addAttribute("expenses", costs.expenses(account.id(), shownMonth));
        model.addAttribute("mayEdit", UnitCosts.mayEdit(user));
        model.addAttribute("editSku", sku);
        model.addAttribute(
                "editCurrency",
                Optional.ofNullable(sku)
                        .flatMap(s -> book.cogs(s, today))
                        .map(m -> m.currency().getCurrencyCode())
                        .orElse(rates.reportingCurrency(user.organisationId()).getCurrencyCode()));
        model.addAttribute(
                "reportingCurrency",
                rates.reportingCurrency(user.organisationId()).getCurrencyCode());
        if (!model.containsAttribute("shipmentForm")) {
            Marketplace primary = account.primaryMarketplace();
            model.addAttribute(
                    "shipmentForm",
                    new ShipmentForm(
                            "",
                            today.toString(),
                            "",
                            "",
                            "",
                            primary == null ? "USD" : primary.currency().getCurrencyCode(),
                            "VOLUME",
                            ""));
        }
    }

    private String change(long accountId, RedirectAttributes flash, String form, Runnable change) {
        try {
            change.run();
        } catch (CostInputException e) {
            flash.addFlashAttribute("formError", e.getMessage());
            flash.addFlashAttribute("formErrorKey", e.messageKey());
            flash.addFlashAttribute("errorForm", form);
        }
        return "redirect:/a/" + accountId + "/finance/costs";
    }

    private SellerAccount account(long accountId) {
        return directory.find(user(), accountId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static CurrentUser user() {
        return Users.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private LocalDate today(SellerAccount account) {
        Marketplace primary = account.primaryMarketplace();
        return LocalDate.now(clock.withZone(primary == null ? java.time.ZoneOffset.UTC : primary.zone()));
    }

    static String show(Money money) {
        return money == null
                ? null
                : money.amount().stripTrailingZeros().toPlainString() + " "
                        + money.currency().getCurrencyCode();
    }

    /** The shipment form's fields as the user typed them. */
    record ShipmentForm(
            String name,
            String date,
            String forwarder,
            String freight,
            String duties,
            String currency,
            String basis,
            String lines) {}

    /** One SKU of the cost table: what is in force today and the periods before and after. */
    record CostRow(
            String sku,
            String cogs,
            LocalDate since,
            String freight,
            String duties,
            String shipment,
            String pickAndPack,
            String size,
            List<Period> history) {

        static CostRow of(CostBook book, String sku, LocalDate today, String size) {
            LandedCost now = book.landedCost(sku, today);
            List<CostPeriod> periods = book.cogsHistory(sku);
            LocalDate since = periods.stream()
                    .filter(p -> p.covers(today))
                    .map(CostPeriod::from)
                    .findFirst()
                    .orElse(null);
            return new CostRow(
                    sku,
                    show(now.cogs()),
                    since,
                    show(now.freight()),
                    show(now.duties()),
                    now.shipment(),
                    show(now.pickAndPack()),
                    size,
                    newestFirst(periods.stream()
                            .map(p -> new Period(p.from(), p.until(), show(p.cost()), p.covers(today)))
                            .toList()));
        }

        private static List<Period> newestFirst(List<Period> oldestFirst) {
            List<Period> list = new ArrayList<>(oldestFirst);
            java.util.Collections.reverse(list);
            return List.copyOf(list);
        }
    }

    /** A COGS period as shown, newest first. */
    record Period(LocalDate from, LocalDate until, String cost, boolean current) {}
}
