package dev.bosun.desk.web;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Users;
import dev.bosun.amazon.ReportImports;
import dev.bosun.desk.Area;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The start page and the areas of a seller account. Until a module brings its own page, an area shows what will
 * appear there and how to get the data in.
 */
@Controller
class DeskController {

    private final AccountDirectory directory;
    private final ReportImports imports;

    DeskController(AccountDirectory directory, ReportImports imports) {
        this.directory = directory;
        this.imports = imports;
    }

    /** Straight to Today of the first account the user may see, or a page saying how to get one. */
    @GetMapping("/")
    String home(Model model) {
        List<SellerAccount> accounts =
                Users.current().map(directory::accessibleTo).orElse(List.of());
        if (accounts.isEmpty()) {
            model.addAttribute("area", "none");
            return "desk/no-account";
        }
        return "redirect:/a/" + accounts.get(0).id() + "/today";
    }

    @GetMapping("/a/{accountId}")
    String account(@PathVariable long accountId) {
        return "redirect:/a/" + accountId + "/today";
    }

    @GetMapping("/a/{accountId}/{area:[a-z]+}")
    String area(@PathVariable long accountId, @PathVariable String area, Model model) {
        Area chosen = Area.fromSlug(area)
                .filter(a -> a != Area.SETTINGS && a != Area.IMPORTS && a != Area.TODAY)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("area", chosen.slug());
        model.addAttribute("areaInfo", chosen);
        model.addAttribute(
                "imported",
                chosen.modules().isEmpty()
                        ? List.of()
                        : imports.history(accountId, 500).stream()
                                .filter(b -> !"REJECTED".equals(b.status()) && chosen.feedsOn(b.layoutId()))
                                .limit(10)
                                .toList());
        return "desk/area";
    }
}
