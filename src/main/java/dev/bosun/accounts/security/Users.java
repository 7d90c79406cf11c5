package dev.bosun.accounts.security;

import dev.bosun.accounts.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** The user of the current request, if one is signed in (by form or by API token). */
public final class Users {

    private Users() {
    }

    public static Optional<CurrentUser> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user.user());
        }
        return Optional.empty();
    }

    /**
     * Updates the signed-in user's copy in the session after a preference changed. The context is set on the
     * session again because sessions kept in PostgreSQL are saved only when an attribute is set.
     */
    public static void refresh(CurrentUser changed, HttpServletRequest request) {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication auth = context.getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInUser user && user.user().id() == changed.id()) {
            user.refresh(changed);
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
            }
        }
    }
}
