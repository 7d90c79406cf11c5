package dev.bosun.accounts.web;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Users;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /api/v1}: who am I, and the seller accounts I may see. Authenticated by personal API token. */
@RestController
@RequestMapping("/api/v1")
class AccountsApiController {

    private final AccountDirectory directory;

    AccountsApiController(AccountDirectory directory) {
        this.directory = directory;
    }

    record Me(long id, String username, String displayName, String role, String locale, String timeZone) {}

    record MarketplaceView(String code, String marketplaceId, String currency, String timeZone) {}

    /** An account as the API gives it; {@code demo} marks the simulated demo store, whose figures are invented. */
    record AccountView(
            long id,
            String name,
            String region,
            boolean demo,
            String merchantToken,
            List<MarketplaceView> marketplaces) {
        static AccountView of(SellerAccount a) {
            return new AccountView(
                    a.id(),
                    a.name(),
                    a.region().name(),
                    a.demo(),
                    a.merchantToken(),
                    a.marketplaces().stream()
                            .map(m -> new MarketplaceView(
                                    m.code(),
                                    m.id(),
                                    m.currency().getCurrencyCode(),
                                    m.zone().getId()))
                            .toList());
        }
    }

    @GetMapping("/me")
    Me me() {
        CurrentUser user = Users.current().orElseThrow();
        return new Me(
                user.id(),
                user.username(),
                user.displayName(),
                user.role().name(),
                user.locale(),
                user.zone().getId());
    }

    @GetMapping("/accounts")
    Map<String, List<AccountView>> accounts() {
        CurrentUser user = Users.current().orElseThrow();
        return Map.of(
                "accounts",
                directory.accessibleTo(user).stream().map(AccountView::of).toList());
    }

    @GetMapping("/accounts/{accountId}")
    AccountView account(@PathVariable long accountId) {
        CurrentUser user = Users.current().orElseThrow();
        return directory
                .find(user, accountId)
                .map(AccountView::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
