package dev.bosun.accounts.security;

import dev.bosun.accounts.ApiAccess;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code /api/v1} requests by {@code Authorization: Bearer bsn_…}. A wrong or revoked token
 * leaves the request anonymous, which the API chain answers with 401.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiAccess apiAccess;

    ApiTokenFilter(ApiAccess apiAccess) {
        this.apiAccess = apiAccess;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            apiAccess.authenticate(header.substring(7).strip()).ifPresent(user -> {
                SignedInUser principal = new SignedInUser(user, null, true);
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
                SecurityContextHolder.setContext(context);
            });
        }
        chain.doFilter(request, response);
    }
}
