package dev.bosun.accounts.security;

import dev.bosun.accounts.FirstAdminCreated;
import dev.bosun.accounts.Team;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On the first start of the server with no user at all, creates the {@code admin} user, tells the rest of Bosun
 * ({@link FirstAdminCreated}: the demo store starts there) and then prints the admin's random password once. A lost
 * password is reset with {@code bosun accounts reset-password admin}.
 */
@Component
class FirstStart {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final Team team;
    private final ApplicationEventPublisher events;

    FirstStart(Team team, ApplicationEventPublisher events) {
        this.team = team;
        this.events = events;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createAdminOnFirstStart(ApplicationReadyEvent event) {
        if (!"serve".equals(event.getApplicationContext().getEnvironment().getProperty("bosun.mode"))) {
            return;
        }
        team.createFirstAdmin().ifPresent(password -> {
            team.findByUsername("admin").ifPresent(admin -> {
                try {
                    events.publishEvent(new FirstAdminCreated(admin.organisationId(), admin.id()));
                } catch (RuntimeException e) {
                    log.error("Setting up the first start failed; the admin user was created all the same", e);
                }
            });
            log.warn("""

                ================================================================
                 Bosun first start: created the admin user.
                   username: admin
                   password: {}
                 This password is shown only once. Sign in and change it under
                 Profile; if it is lost, run: bosun accounts reset-password admin
                ================================================================""", password);
        });
    }
}
