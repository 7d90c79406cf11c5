package dev.bosun.workflow.notify;

import java.util.Locale;

/**
 * A user who may see a seller account, as notifications need them.
 *
 * @param email the address for digests, or null when the user has none
 * @param locale the user's language ({@code en} when they chose none)
 */
public record Recipient(long userId, String username, String displayName, String email, Locale locale) {

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }
}
