package dev.bosun.workflow.notify.domain;

import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

/**
 * How one seller account's notifications go out.
 *
 * @param zone the zone the digest hour is in: the account's chosen zone, else its first marketplace's
 * @param digestHour the hour of the day (0-23) the e-mail digest leaves
 * @param platform the chat platform of the account's group webhook, or null when there is none
 * @param webhookEnabled whether the group chat is told about review items
 * @param webhook what the group chat hears (urgency, areas, rule choices)
 * @param language the group chat's language tag, or null for the platform's default
 * @param smtp the account's own SMTP server, or null to use the server-wide one (if configured)
 */
public record ChannelSettings(
        long accountId,
        ZoneId zone,
        int digestHour,
        ChatPlatform platform,
        boolean webhookEnabled,
        Subscription webhook,
        String language,
        SmtpServer smtp,
        boolean zoneChosen) {

    public static ChannelSettings defaults(long accountId, ZoneId zone) {
        return new ChannelSettings(
                accountId,
                zone,
                8,
                null,
                false,
                new Subscription(true, Urgency.WARNING, Set.of(), Map.of()),
                null,
                null,
                false);
    }
}
