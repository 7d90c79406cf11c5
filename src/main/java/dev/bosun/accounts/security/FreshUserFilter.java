package dev.bosun.accounts.security;

import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.db.Members;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a signed-in session true to the database: a user disabled or deleted meanwhile is signed out at their
 * next request, and a changed role or preference takes effect at once instead of at the next sign-in.
 */
class FreshUserFilter extends OncePerRequestFilter {

    private final Members members;

    FreshUserFilter(Members members) {
        this.members = members;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication auth = context.getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInUser signedIn) {
            long id = signedIn.user().id();
            Optional<CurrentUser> stored = members.isEnabled(id) ? members.find(id) : Optional.empty();
            HttpSession session = request.getSession(false);
            if (stored.isEmpty()) {
                SecurityContextHolder.clearContext();
                if (session != null) {
                    session.invalidate();
                }
            } else if (!stored.get().equals(signedIn.user())) {
                SignedInUser fresh = new SignedInUser(stored.get(), null, true);
                SecurityContext updated = SecurityContextHolder.createEmptyContext();
                updated.setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
                SecurityContextHolder.setContext(updated);
                if (session != null) {
                    session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, updated);
                }
            }
        }
        chain.doFilter(request, response);
    }
}
