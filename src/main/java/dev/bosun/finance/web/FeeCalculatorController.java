package dev.bosun.finance.web;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Users;
import dev.bosun.finance.FeeBreakdown;
import dev.bosun.finance.FeeCalculator;
import dev.bosun.finance.RateCardEdits;
import dev.bosun.finance.RateEdit;
import dev.bosun.finance.RateSheet;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Finance → Fee calculator: a form (marketplace, category, price, package, date) and the fees of one unit with
 * unverified and edited values marked; and the rate card in force with every value, where store managers and
 * administrators set the organisation's own values (logged with who and when).
 */
@Controller
class FeeCalculatorController {

    private final AccountDirectory directory;
    private final RateCardEdits edits;
    private final Clock clock;

    FeeCalculatorController(AccountDirectory directory, RateCardEdits edits, Clock clock) {
        this.directory = directory;
        this.edits = edits;
        this.clock = clock;
    }

    @GetMapping("/a/{accountId}/finance/fees")
    String page(@PathVariable long accountId, @ModelAttribute("form") FeeForm form, Model model) {
        prepare(accountId, form, model);
        return "finance/fees";
    }

    /** The breakdown alone, for htmx to swap in under the form. */
    @GetMapping("/a/{accountId}/finance/fees/result")
    String result(@PathVariable long accountId, @ModelAttribute("form") FeeForm form, Model model) {
        prepare(accountId, form, model);
        return "finance/fees :: result";
    }

    @GetMapping("/a/{accountId}/finance/fees/rates")
    String rates(
            @PathVariable long accountId,
            @RequestParam(name = "mp", required = false) String mp,
            @RequestParam(required = false) LocalDate effective,
            Model model) {
        SellerAccount account = account(accountId);
        CurrentUser user = Users.current().orElseThrow();
        FeeCalculator calculator = edits.calculatorFor(user.organisationId());
        Marketplace marketplace = chosenMarketplace(mp, account, calculator);
        List<RateSheet> ofMarketplace = calculator.rateCards().stream()
                .filter(s -> s.marketplace() == marketplace)
                .toList();
        RateSheet sheet = effective == null
                ? calculator
                        .rateCard(marketplace, today(marketplace))
                        .orElse(ofMarketplace.get(ofMarketplace.size() - 1))
                : ofMarketplace.stream()
                        .filter(s -> s.effective().equals(effective))
                        .findFirst()
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<String, RateEdit> edited = new LinkedHashMap<>();
        edits.edits(user.organisationId()).stream()
                .filter(e -> e.marketplace() == marketplace && e.effective().equals(sheet.effective()))
                .forEach(e -> edited.put(e.key(), e));
        model.addAttribute("area", "finance");
        model.addAttribute("sellerAccount", account);
        model.addAttribute("marketplaces", calculator.marketplaces());
        model.addAttribute("sheet", sheet);
        model.addAttribute("sheets", ofMarketplace);
        model.addAttribute("editedBy", edited);
        model.addAttribute("mayEdit", RateCardEdits.mayEdit(user));
        model.addAttribute(
                "history",
                edits.history(user.organisationId(), 200).stream()
                        .filter(c ->
                                c.marketplace() == marketplace && c.effective().equals(sheet.effective()))
                        .limit(20)
                        .toList());
        return "finance/rates";
    }

    @PostMapping("/a/{accountId}/finance/fees/rates")
    String edit(
            @PathVariable long accountId,
            @RequestParam String mp,
            @RequestParam LocalDate effective,
            @RequestParam String key,
            @RequestParam String value,
            RedirectAttributes flash) {
        account(accountId);
        Marketplace marketplace =
                Marketplace.find(mp).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            BigDecimal amount = new BigDecimal(value.strip().replace(',', '.'));
            edits.edit(Users.current().orElseThrow(), marketplace, effective, key, amount);
            flash.addFlashAttribute("savedKey", key);
        } catch (NumberFormatException e) {
            flash.addFlashAttribute("editError", "fees.rates.error.number");
            flash.addFlashAttribute("editKey", key);
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("editError", "fees.rates.error.value");
            flash.addFlashAttribute("editDetail", e.getMessage());
            flash.addFlashAttribute("editKey", key);
        }
        return "redirect:/a/" + accountId + "/finance/fees/rates?mp=" + marketplace.code() + "&effective=" + effective;
    }

    @PostMapping("/a/{accountId}/finance/fees/rates/revert")
    String revert(
            @PathVariable long accountId,
            @RequestParam String mp,
            @RequestParam LocalDate effective,
            @RequestParam String key,
            RedirectAttributes flash) {
        account(accountId);
        Marketplace marketplace =
                Marketplace.find(mp).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (edits.revert(Users.current().orElseThrow(), marketplace, effective, key)) {
            flash.addFlashAttribute("revertedKey", key);
        }
        return "redirect:/a/" + accountId + "/finance/fees/rates?mp=" + marketplace.code() + "&effective=" + effective;
    }

    private void prepare(long accountId, FeeForm sent, Model model) {
        SellerAccount account = account(accountId);
        CurrentUser user = Users.current().orElseThrow();
        FeeCalculator calculator = edits.calculatorFor(user.organisationId());
        Marketplace marketplace = chosenMarketplace(sent.mp(), account, calculator);
        FeeForm form = sent.withDefaults(marketplace, today(marketplace));
        model.addAttribute("form", form);
        model.addAttribute("area", "finance");
        model.addAttribute("sellerAccount", account);
        model.addAttribute("marketplaces", calculator.marketplaces());
        LocalDate on = parseOr(form.date(), today(marketplace));
        List<String> categories = calculator.categories(marketplace, on);
        model.addAttribute(
                "categories",
                categories.isEmpty() ? calculator.categories(marketplace, today(marketplace)) : categories);
        model.addAttribute("sheet", calculator.rateCard(marketplace, on).orElse(null));
        if (!form.submitted()) {
            return;
        }
        try {
            FeeBreakdown fees = calculator.estimate(form.query());
            model.addAttribute("fees", fees);
        } catch (FeeForm.InvalidForm e) {
            model.addAttribute("formError", e.getMessage());
        } catch (IllegalArgumentException e) {
            model.addAttribute("formError", "fees.error.cannot");
            model.addAttribute("formDetail", e.getMessage());
        }
    }

    private Marketplace chosenMarketplace(String asked, SellerAccount account, FeeCalculator calculator) {
        List<Marketplace> known = calculator.marketplaces();
        return Marketplace.find(asked)
                .filter(known::contains)
                .or(() ->
                        account.marketplaces().stream().filter(known::contains).findFirst())
                .orElse(known.get(0));
    }

    private LocalDate today(Marketplace marketplace) {
        return LocalDate.now(clock.withZone(marketplace.zone()));
    }

    private static LocalDate parseOr(String text, LocalDate fallback) {
        try {
            return LocalDate.parse(text);
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    private SellerAccount account(long accountId) {
        return directory
                .find(Users.current().orElseThrow(), accountId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
