package dev.bosun.accounts.security;

import dev.bosun.accounts.Team;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On the first start of the server with no user at all, creates the {@code admin} user and prints its random
 * password once. A lost password is reset with {@code bosun accounts reset-password admin}.
 */
@Component
class FirstStart {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final Team team;

    FirstStart(Team team) {
        this.team = team;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createAdminOnFirstStart(ApplicationReadyEvent event) {
        if (!"serve".equals(event.getApplicationContext().getEnvironment().getProperty("bosun.mode"))) {
            return;
        }
        team.createFirstAdmin().ifPresent(password -> log.warn("""

                ================================================================
                 Bosun first start: created the admin user.
                   username: admin
                   password: {}
                 This password is shown only once. Sign in and change it under
                 Profile; if it is lost, run: bosun accounts reset-password admin
                ================================================================""", password));
    }
}
