package dev.bosun.accounts.security;

import dev.bosun.accounts.db.Members;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/** After a successful sign-in: stamps the time, then continues to the page the user asked for. */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class SignInListener extends SavedRequestAwareAuthenticationSuccessHandler {

    private final Members members;
    private final Clock clock;

    SignInListener(Members members, Clock clock) {
        this.members = members;
        this.clock = clock;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws ServletException, IOException {
        if (auth.getPrincipal() instanceof SignedInUser user) {
            members.recordLogin(user.user().id(), clock.instant());
        }
        super.onAuthenticationSuccess(request, response, auth);
    }
}
