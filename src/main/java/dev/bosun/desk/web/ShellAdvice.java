package dev.bosun.desk.web;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Users;
import dev.bosun.desk.Area;
import dev.bosun.shared.Marketplace;
import dev.bosun.simulator.DemoStatus;
import dev.bosun.simulator.DemoStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Adds the {@link Shell} to every page. The account in view is the one in the path; pages without one (profile,
 * administration) show the account last viewed. The marketplace in view is chosen with {@code ?mp=DE} and
 * remembered per account for the session. While the organisation's demo store is being imported (or when it
 * failed), the shell carries its status for the banner.
 */
@ControllerAdvice(annotations = Controller.class)
class ShellAdvice {

    static final String LAST_ACCOUNT = "bosun.lastAccount";
    static final String MARKETPLACE_PREFIX = "bosun.marketplace.";

    private final AccountDirectory directory;
    private final DemoStore demo;

    ShellAdvice(AccountDirectory directory, DemoStore demo) {
        this.directory = directory;
        this.demo = demo;
    }

    @ModelAttribute("shell")
    Shell shell(HttpServletRequest request) {
        Optional<CurrentUser> signedIn = Users.current();
        if (signedIn.isEmpty()) {
            return null;
        }
        CurrentUser user = signedIn.get();
        List<SellerAccount> accounts = directory.accessibleTo(user);
        HttpSession session = request.getSession();
        SellerAccount account = pathAccount(request, accounts)
                .or(() -> remembered(session, accounts))
                .orElse(accounts.isEmpty() ? null : accounts.get(0));
        Marketplace marketplace = null;
        if (account != null) {
            session.setAttribute(LAST_ACCOUNT, account.id());
            marketplace = chooseMarketplace(request, session, account);
        }
        DemoStatus demoStatus = demo.status(user.organisationId())
                .filter(d -> d.running() || d.failed())
                .orElse(null);
        return new Shell(
                user, accounts, account, marketplace, List.of(Area.values()), request.getRequestURI(), demoStatus);
    }

    private static Optional<SellerAccount> pathAccount(HttpServletRequest request, List<SellerAccount> accounts) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables == null || variables.get("accountId") == null) {
            return Optional.empty();
        }
        String id = variables.get("accountId");
        return accounts.stream().filter(a -> String.valueOf(a.id()).equals(id)).findFirst();
    }

    private static Optional<SellerAccount> remembered(HttpSession session, List<SellerAccount> accounts) {
        Object last = session.getAttribute(LAST_ACCOUNT);
        return accounts.stream()
                .filter(a -> last != null && last.equals(a.id()))
                .findFirst();
    }

    private static Marketplace chooseMarketplace(
            HttpServletRequest request, HttpSession session, SellerAccount account) {
        String key = MARKETPLACE_PREFIX + account.id();
        Optional<Marketplace> asked =
                Marketplace.find(request.getParameter("mp")).filter(account::sellsIn);
        if (asked.isPresent()) {
            session.setAttribute(key, asked.get().code());
            return asked.get();
        }
        return Marketplace.find((String) session.getAttribute(key))
                .filter(account::sellsIn)
                .orElse(account.primaryMarketplace());
    }
}
