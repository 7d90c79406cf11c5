package dev.bosun.accounts;

import java.io.Serial;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The signed-in user as every module sees them: who, in which organisation, with which role and display
 * preferences. Kept in the HTTP session, so it is serializable and holds no secrets.
 *
 * @param locale the chosen UI language tag ({@code en}, {@code zh-CN}), or null to follow the browser
 * @param timeZone the zone dates and times are shown in, or null for the organisation default (UTC)
 */
public record CurrentUser(
        long id, long organisationId, String username, String displayName, Role role, String locale, String timeZone)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** The zone to show times in; UTC when the user chose none. */
    public ZoneId zone() {
        return timeZone == null || timeZone.isBlank() ? ZoneId.of("UTC") : ZoneId.of(timeZone);
    }

    /** The chosen language, if any. */
    public Locale chosenLocale() {
        return locale == null || locale.isBlank() ? null : Locale.forLanguageTag(locale);
    }
}
