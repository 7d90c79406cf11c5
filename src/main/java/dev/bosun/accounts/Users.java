package dev.bosun.accounts;

import dev.bosun.accounts.security.SignedInUser;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The user of the current request, if one is signed in (by form or by API token). */
public final class Users {

    private Users() {}

    public static Optional<CurrentUser> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user.user());
        }
        return Optional.empty();
    }
}
