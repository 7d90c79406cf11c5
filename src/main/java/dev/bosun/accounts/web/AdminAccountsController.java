package dev.bosun.accounts.web;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Users;
import dev.bosun.accounts.domain.InvalidInputException;
import dev.bosun.shared.Marketplace;
import dev.bosun.shared.Region;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration of seller accounts and their marketplaces (admins only). */
@Controller
class AdminAccountsController {

    private final AccountDirectory directory;
    private final Forms forms;

    AdminAccountsController(AccountDirectory directory, Forms forms) {
        this.directory = directory;
        this.forms = forms;
    }

    @GetMapping("/admin/accounts")
    String list(Model model) {
        CurrentUser admin = Users.current().orElseThrow();
        model.addAttribute("area", "admin-accounts");
        model.addAttribute("sellerAccounts", directory.ofOrganisation(admin.organisationId()));
        model.addAttribute("regions", Region.values());
        model.addAttribute(
                "marketplacesByRegion",
                List.of(Marketplace.of(Region.NA), Marketplace.of(Region.EU), Marketplace.of(Region.FE)));
        return "accounts/admin-accounts";
    }

    @PostMapping("/admin/accounts")
    String create(
            @RequestParam String name,
            @RequestParam(required = false) List<String> marketplaces,
            @RequestParam(required = false) String merchantToken,
            RedirectAttributes flash) {
        CurrentUser admin = Users.current().orElseThrow();
        try {
            SellerAccount account = directory.create(admin.organisationId(), name, parse(marketplaces), merchantToken);
            flash.addFlashAttribute("notice", forms.message("admin.accounts.created", account.name()));
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("error", forms.message(e));
        }
        return "redirect:/admin/accounts";
    }

    @GetMapping("/admin/accounts/{id}")
    String edit(@PathVariable long id, Model model) {
        CurrentUser admin = Users.current().orElseThrow();
        model.addAttribute("area", "admin-accounts");
        model.addAttribute("sellerAccount", find(admin, id));
        model.addAttribute(
                "marketplacesByRegion",
                List.of(Marketplace.of(Region.NA), Marketplace.of(Region.EU), Marketplace.of(Region.FE)));
        return "accounts/admin-account";
    }

    @PostMapping("/admin/accounts/{id}")
    String update(
            @PathVariable long id,
            @RequestParam String name,
            @RequestParam(required = false) List<String> marketplaces,
            @RequestParam(required = false) String merchantToken,
            RedirectAttributes flash) {
        CurrentUser admin = Users.current().orElseThrow();
        find(admin, id);
        try {
            SellerAccount account =
                    directory.update(admin.organisationId(), id, name, parse(marketplaces), merchantToken);
            flash.addFlashAttribute("notice", forms.message("admin.accounts.saved", account.name()));
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("error", forms.message(e));
        }
        return "redirect:/admin/accounts/" + id;
    }

    private SellerAccount find(CurrentUser admin, long id) {
        return directory.find(admin, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static List<Marketplace> parse(List<String> codes) {
        return codes == null
                ? List.of()
                : codes.stream()
                        .map(Marketplace::find)
                        .flatMap(Optional::stream)
                        .distinct()
                        .toList();
    }
}
