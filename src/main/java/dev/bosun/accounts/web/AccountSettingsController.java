package dev.bosun.accounts.web;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CredentialKind;
import dev.bosun.accounts.CredentialStatus;
import dev.bosun.accounts.CredentialVault;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Users;
import dev.bosun.accounts.domain.InvalidInputException;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Settings area of a seller account: its marketplaces with their ids, currencies and zones, and the API
 * connections whose secrets are stored encrypted. Everyone granted the account sees it; store managers and
 * admins change the secrets.
 */
@Controller
class AccountSettingsController {

    private final AccountDirectory directory;
    private final CredentialVault vault;
    private final Forms forms;

    AccountSettingsController(AccountDirectory directory, CredentialVault vault, Forms forms) {
        this.directory = directory;
        this.vault = vault;
        this.forms = forms;
    }

    @GetMapping("/a/{accountId}/settings")
    String settings(@PathVariable long accountId, Model model) {
        CurrentUser user = Users.current().orElseThrow();
        SellerAccount account = account(user, accountId);
        Map<String, CredentialStatus> stored = vault.statuses(accountId).stream()
                .collect(Collectors.toMap(CredentialStatus::kind, Function.identity()));
        model.addAttribute("area", "settings");
        model.addAttribute("sellerAccount", account);
        model.addAttribute("credentialKinds", CredentialKind.values());
        model.addAttribute("credentials", stored);
        model.addAttribute("canManage", user.role().atLeast(Role.STORE_MANAGER));
        return "accounts/account-settings";
    }

    @PostMapping("/a/{accountId}/settings/credentials/{kind}")
    String storeCredential(
            @PathVariable long accountId,
            @PathVariable String kind,
            @RequestParam String secret,
            RedirectAttributes flash) {
        CurrentUser user = manager(accountId);
        try {
            vault.store(accountId, kind(kind), secret, user.username());
            flash.addFlashAttribute("notice", forms.message("settings.credentials.saved"));
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("error", forms.message(e));
        }
        return "redirect:/a/" + accountId + "/settings";
    }

    @PostMapping("/a/{accountId}/settings/credentials/{kind}/delete")
    String removeCredential(@PathVariable long accountId, @PathVariable String kind, RedirectAttributes flash) {
        manager(accountId);
        if (vault.remove(accountId, kind(kind))) {
            flash.addFlashAttribute("notice", forms.message("settings.credentials.removed"));
        }
        return "redirect:/a/" + accountId + "/settings";
    }

    private CurrentUser manager(long accountId) {
        CurrentUser user = Users.current().orElseThrow();
        account(user, accountId);
        if (!user.role().atLeast(Role.STORE_MANAGER)) {
            throw new AccessDeniedException("store manager role required");
        }
        return user;
    }

    private SellerAccount account(CurrentUser user, long accountId) {
        return directory.find(user, accountId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static CredentialKind kind(String key) {
        try {
            return CredentialKind.fromKey(key);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
