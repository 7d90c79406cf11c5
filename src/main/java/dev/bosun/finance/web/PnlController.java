package dev.bosun.finance.web;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Users;
import dev.bosun.finance.ProfitLedger;
import dev.bosun.finance.ProfitStatement;
import dev.bosun.shared.Marketplace;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
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

/**
 * Finance → P&L: the profit and loss statement per month in the reporting currency (sales down to net profit after
 * the account's other expenses by category), for the whole account or one marketplace, and its xlsx export.
 */
@Controller
class PnlController {

    private final AccountDirectory directory;
    private final ProfitLedger ledger;
    private final MessageSource messages;
    private final Clock clock;

    PnlController(AccountDirectory directory, ProfitLedger ledger, MessageSource messages, Clock clock) {
        this.directory = directory;
        this.ledger = ledger;
        this.messages = messages;
        this.clock = clock;
    }

    /** The months asked for: by default the last twelve up to this one; at most 36. */
    public record Months(YearMonth from, YearMonth to, Marketplace marketplace) {
        public String marketplaceParam() {
            return marketplace == null ? "" : marketplace.code();
        }
    }

    @GetMapping("/a/{accountId}/finance/pnl")
    String page(
            @PathVariable long accountId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(name = "mp", required = false) String mp,
            Model model) {
        SellerAccount account = account(accountId);
        Months months = parse(account, from, to, mp, model, clock);
        ProfitStatement statement = ledger.statement(
                accountId, months.from(), months.to(), months.marketplace(), ProfitLedger.Freshness.LAST_ROLLUP);
        model.addAttribute("area", "finance");
        model.addAttribute("sellerAccount", account);
        model.addAttribute("q", months);
        model.addAttribute("statement", statement);
        model.addAttribute("rows", PnlRow.rows(statement));
        model.addAttribute("marketplaces", account.marketplaces());
        return "finance/pnl";
    }

    @GetMapping("/a/{accountId}/finance/pnl/export.xlsx")
    void export(
            @PathVariable long accountId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(name = "mp", required = false) String mp,
            HttpServletResponse response)
            throws IOException {
        SellerAccount account = account(accountId);
        Months months = parse(account, from, to, mp, null, clock);
        ProfitStatement statement = ledger.statement(
                accountId, months.from(), months.to(), months.marketplace(), ProfitLedger.Freshness.LAST_ROLLUP);
        response.setContentType(ProfitController.XLSX);
        response.setHeader(
                "Content-Disposition",
                ContentDisposition.attachment()
                        .filename(
                                "pnl-" + account.name() + "-" + months.from() + "-" + months.to() + ".xlsx",
                                StandardCharsets.UTF_8)
                        .build()
                        .toString());
        String title = account.name() + " · " + months.from() + " – " + months.to()
                + (months.marketplace() == null
                        ? ""
                        : " · " + months.marketplace().code());
        new ProfitWorkbook(messages, LocaleContextHolder.getLocale())
                .statement(title, statement, response.getOutputStream());
    }

    /** The months of the request, in the zone of the chosen (else the account's first) marketplace. */
    static Months parse(SellerAccount account, String from, String to, String mp, Model model, Clock clock) {
        Marketplace marketplace = null;
        if (mp != null && !mp.isBlank()) {
            marketplace = Marketplace.find(mp).filter(account::sellsIn).orElse(null);
        }
        Marketplace zoneOf = marketplace != null ? marketplace : account.primaryMarketplace();
        YearMonth now = YearMonth.now(clock.withZone(zoneOf == null ? ZoneOffset.UTC : zoneOf.zone()));
        YearMonth start = now.minusMonths(11);
        YearMonth end = now;
        try {
            if (from != null && !from.isBlank()) {
                start = YearMonth.parse(from.strip());
            }
            if (to != null && !to.isBlank()) {
                end = YearMonth.parse(to.strip());
            }
        } catch (DateTimeParseException e) {
            if (model != null) {
                model.addAttribute("periodError", "pnl.error.month");
            }
            start = now.minusMonths(11);
            end = now;
        }
        if (end.isBefore(start)) {
            YearMonth swap = start;
            start = end;
            end = swap;
        }
        if (start.plusMonths(35).isBefore(end)) {
            if (model != null) {
                model.addAttribute("periodError", "pnl.error.long");
            }
            start = end.minusMonths(35);
        }
        return new Months(start, end, marketplace);
    }

    private SellerAccount account(long accountId) {
        CurrentUser user = Users.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return directory.find(user, accountId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
