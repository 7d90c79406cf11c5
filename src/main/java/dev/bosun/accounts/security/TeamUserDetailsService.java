package dev.bosun.accounts.security;

import dev.bosun.accounts.db.Members;
import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Looks users up for the sign-in form. Users without a password (invited, not yet joined) cannot sign in. */
@Component
class TeamUserDetailsService implements UserDetailsService {

    private final Members members;

    TeamUserDetailsService(Members members) {
        this.members = members;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return members.login(username.strip().toLowerCase(Locale.ROOT))
                .filter(login -> login.passwordHash() != null)
                .map(login -> new SignedInUser(login.user(), login.passwordHash(), login.enabled()))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
