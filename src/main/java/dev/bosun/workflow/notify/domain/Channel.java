package dev.bosun.workflow.notify.domain;

import java.util.Locale;

/** The channels a user subscribes to for themselves; the group chat is the account's, not a user's. */
public enum Channel {
    /** The bell in the top bar and the notifications page. */
    IN_APP,
    /** The daily digest e-mail. */
    EMAIL;

    public String messageKey() {
        return "notify.channel." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
