package dev.bosun.accounts.security;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Users;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The tenant gate: every handler whose path has an {@code {accountId}} variable (pages under {@code /a/{accountId}}
 * and {@code /api/v1/accounts/{accountId}}) runs only if the signed-in user may see that account. Anything else
 * is answered 404, exactly as for an account that does not exist, so nothing leaks about other tenants.
 */
class AccountScopeInterceptor implements HandlerInterceptor {

    static final String ACCOUNT_VARIABLE = "accountId";

    private final AccountDirectory directory;

    AccountScopeInterceptor(AccountDirectory directory) {
        this.directory = directory;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables == null || !variables.containsKey(ACCOUNT_VARIABLE)) {
            return true;
        }
        long accountId;
        try {
            accountId = Long.parseLong(variables.get(ACCOUNT_VARIABLE));
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        CurrentUser user = Users.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!directory.canAccess(user, accountId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return true;
    }
}
