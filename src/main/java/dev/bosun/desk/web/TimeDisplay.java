package dev.bosun.desk.web;

import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Users;
import dev.bosun.shared.Marketplace;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats instants for pages ({@code ${@time.format(instant)}}): in the signed-in user's time zone by default,
 * or in a marketplace's zone where the marketplace's day is what matters (report cut-offs, SLA timers).
 */
@Component("time")
public class TimeDisplay {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final Clock clock;

    TimeDisplay(Clock clock) {
        this.clock = clock;
    }

    /** {@code 2026-11-25 15:04} in the user's zone; empty for null. */
    public String format(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(userZone()));
    }

    /** The instant in the marketplace's zone, with the zone's short name: {@code 2026-11-25 07:04 PST}. */
    public String inMarketplace(Instant instant, Marketplace marketplace) {
        if (instant == null || marketplace == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(marketplace.zone());
        return DATE_TIME.format(local) + " "
                + DateTimeFormatter.ofPattern("zzz", LocaleContextHolder.getLocale())
                        .format(local);
    }

    /** Now, in the marketplace's zone. */
    public String nowIn(Marketplace marketplace) {
        return inMarketplace(clock.instant(), marketplace);
    }

    /** Today's date as the user reads it, in their language's long style. */
    public String today() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(LocaleContextHolder.getLocale())
                .format(clock.instant().atZone(userZone()));
    }

    public ZoneId userZone() {
        return Users.current().map(CurrentUser::zone).orElse(ZoneId.of("UTC"));
    }
}
