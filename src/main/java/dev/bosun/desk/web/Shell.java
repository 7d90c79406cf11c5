package dev.bosun.desk.web;

import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.desk.Area;
import dev.bosun.shared.Marketplace;
import dev.bosun.simulator.DemoStatus;
import java.util.List;

/**
 * What the page shell shows around every page: who is signed in, the accounts they may switch to, the account
 * and marketplace in view, and the navigation areas.
 *
 * @param path the current request path, for switchers that keep the page and change a parameter
 * @param demo the organisation's demo store while it is being imported or when it failed (the banner), else null
 */
public record Shell(
        CurrentUser user,
        List<SellerAccount> accounts,
        SellerAccount account,
        Marketplace marketplace,
        List<Area> areas,
        String path,
        DemoStatus demo) {

    public boolean hasAccount() {
        return account != null;
    }

    /** Whether the account in view is one of the simulated demo store's. */
    public boolean demoAccount() {
        return account != null && account.demo();
    }

    public boolean isAdmin() {
        return user.isAdmin();
    }

    /** Where the account switcher leads: the same area of the other account, or its Today page. */
    public String accountPath(long accountId, String area) {
        String slug = Area.fromSlug(area == null ? "" : area).map(Area::slug).orElse(Area.TODAY.slug());
        return "/a/" + accountId + "/" + slug;
    }

    /** The current page with another marketplace in view. */
    public String marketplacePath(Marketplace marketplace) {
        return path + "?mp=" + marketplace.code();
    }
}
