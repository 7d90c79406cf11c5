package dev.bosun.finance.web;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Users;
import dev.bosun.finance.CostInputException;
import dev.bosun.finance.ExchangeRate;
import dev.bosun.finance.ExchangeRateTable;
import dev.bosun.finance.ExchangeRates;
import dev.bosun.finance.RateSource;
import dev.bosun.shared.Marketplace;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
 * Finance → Exchange rates: the organisation's reporting currency, the rate each marketplace currency converts at
 * on a day (and how it was found), the stored daily rates of the last weeks, and a form to enter one. Rates belong to
 * the organisation; specialists and above enter them, store managers and administrators set the reporting currency.
 * (The fee rate card is a different page, {@code /finance/fees/rates}.)
 */
@Controller
class ExchangeRatesController {

    /** The most stored rates the page lists. */
    static final int LIST_LIMIT = 500;

    private final ExchangeRates rates;
    private final AccountDirectory directory;
    private final Clock clock;

    ExchangeRatesController(ExchangeRates rates, AccountDirectory directory, Clock clock) {
        this.rates = rates;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/a/{accountId}/finance/exchange-rates")
    String page(
            @PathVariable long accountId,
            @RequestParam(required = false) String date,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Model model) {
        SellerAccount account = account(accountId);
        CurrentUser user = user();
        LocalDate today = today(account);
        LocalDate day = parse(date, today);
        LocalDate listTo = parse(to, day);
        LocalDate listFrom = parse(from, listTo.minusDays(30));
        ExchangeRateTable table = rates.table(user.organisationId());
        Currency reporting = table.reportingCurrency();
        List<Conversion> conversions = new ArrayList<>();
        Set<Currency> currencies = new LinkedHashSet<>();
        account.marketplaces().stream().map(Marketplace::currency).forEach(currencies::add);
        for (Currency currency : currencies) {
            if (!currency.equals(reporting)) {
                conversions.add(new Conversion(
                        currency.getCurrencyCode(),
                        reporting.getCurrencyCode(),
                        table.rate(currency, reporting, day).orElse(null)));
            }
        }
        model.addAttribute("area", "finance");
        model.addAttribute("sellerAccount", account);
        model.addAttribute("day", day);
        model.addAttribute("today", today);
        model.addAttribute("listFrom", listFrom);
        model.addAttribute("listTo", listTo);
        model.addAttribute("reportingCurrency", reporting.getCurrencyCode());
        model.addAttribute("conversions", conversions);
        model.addAttribute("stored", rates.stored(user.organisationId(), listFrom, listTo, LIST_LIMIT));
        model.addAttribute("listLimit", LIST_LIMIT);
        model.addAttribute("mayEdit", ExchangeRates.mayEditRates(user));
        model.addAttribute("mayChangeReporting", ExchangeRates.mayChangeReportingCurrency(user));
        model.addAttribute(
                "defaultBase",
                account.primaryMarketplace() == null
                        ? "USD"
                        : account.primaryMarketplace().currency().getCurrencyCode());
        return "finance/currency-rates";
    }

    @PostMapping("/a/{accountId}/finance/exchange-rates")
    String record(
            @PathVariable long accountId,
            @RequestParam String date,
            @RequestParam String base,
            @RequestParam String quote,
            @RequestParam String rate,
            RedirectAttributes flash) {
        account(accountId);
        try {
            CurrentUser user = user();
            rates.record(
                    user,
                    user.organisationId(),
                    CostForms.day("date", date),
                    CostForms.currency("base", base),
                    CostForms.currency("quote", quote),
                    CostForms.number("rate", rate),
                    RateSource.ENTERED);
            flash.addFlashAttribute("saved", "rates.saved");
        } catch (CostInputException e) {
            flash.addFlashAttribute("formError", e.getMessage());
            flash.addFlashAttribute("formErrorKey", e.messageKey());
        }
        return "redirect:/a/" + accountId + "/finance/exchange-rates";
    }

    @PostMapping("/a/{accountId}/finance/exchange-rates/delete")
    String delete(
            @PathVariable long accountId,
            @RequestParam String date,
            @RequestParam String base,
            @RequestParam String quote,
            RedirectAttributes flash) {
        account(accountId);
        try {
            CurrentUser user = user();
            if (rates.delete(
                    user,
                    user.organisationId(),
                    CostForms.day("date", date),
                    CostForms.currency("base", base),
                    CostForms.currency("quote", quote))) {
                flash.addFlashAttribute("saved", "rates.deleted");
            }
        } catch (CostInputException e) {
            flash.addFlashAttribute("formError", e.getMessage());
            flash.addFlashAttribute("formErrorKey", e.messageKey());
        }
        return "redirect:/a/" + accountId + "/finance/exchange-rates";
    }

    @PostMapping("/a/{accountId}/finance/exchange-rates/reporting-currency")
    String reportingCurrency(@PathVariable long accountId, @RequestParam String currency, RedirectAttributes flash) {
        account(accountId);
        try {
            CurrentUser user = user();
            rates.setReportingCurrency(user, user.organisationId(), CostForms.currency("currency", currency));
            flash.addFlashAttribute("saved", "rates.saved.reporting");
        } catch (CostInputException e) {
            flash.addFlashAttribute("formError", e.getMessage());
            flash.addFlashAttribute("formErrorKey", e.messageKey());
        }
        return "redirect:/a/" + accountId + "/finance/exchange-rates";
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

    private static LocalDate parse(String text, LocalDate fallback) {
        try {
            return text == null || text.isBlank() ? fallback : LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return fallback;
        }
    }

    /** How a marketplace currency converts into the reporting currency on the day; rate null when it cannot. */
    record Conversion(String from, String to, ExchangeRate rate) {

        public String shownRate() {
            return rate == null
                    ? null
                    : rate.rate()
                            .setScale(6, java.math.RoundingMode.HALF_UP)
                            .stripTrailingZeros()
                            .toPlainString();
        }
    }
}
