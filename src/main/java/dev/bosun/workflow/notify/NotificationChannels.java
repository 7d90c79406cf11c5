package dev.bosun.workflow.notify;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.workflow.DailyReview;
import dev.bosun.workflow.notify.db.NotifySettingsRows;
import dev.bosun.workflow.notify.domain.ChannelSettings;
import dev.bosun.workflow.notify.domain.Subscription.RuleChoice;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How each seller account's notifications go out: digest hour and zone, the group chat's platform and what it
 * hears, the account's SMTP server. Saving publishes {@link ChannelSettingsChanged} so the digest schedule follows.
 */
@Service
public class NotificationChannels {

    private final NotifySettingsRows rows;
    private final AccountDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NotificationChannels(
            NotifySettingsRows rows, AccountDirectory directory, ApplicationEventPublisher events, Clock clock) {
        this.rows = rows;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** The account's settings, or the defaults (digest at 08:00 in its first marketplace's zone, no chat). */
    public ChannelSettings of(long accountId) {
        ZoneId zone = accountZone(accountId);
        return rows.find(accountId, zone).orElseGet(() -> ChannelSettings.defaults(accountId, zone));
    }

    @Transactional
    public void save(ChannelSettings settings, String by) {
        rows.save(settings, by, clock.instant());
        events.publishEvent(new ChannelSettingsChanged(settings.accountId()));
    }

    /** Sets, or with null clears, what the group chat hears of one rule. */
    @Transactional
    public void chooseForChat(long accountId, String ruleId, RuleChoice choice) {
        rows.setWebhookRule(accountId, ruleId, choice);
    }

    /** The zone of the account's first marketplace (UTC when it has none). */
    public ZoneId accountZone(long accountId) {
        return directory.account(accountId).map(NotificationChannels::zoneOf).orElse(ZoneId.of("UTC"));
    }

    private static ZoneId zoneOf(SellerAccount account) {
        return account.primaryMarketplace() == null ? ZoneId.of("UTC") : DailyReview.zone(account);
    }

    /** Published when an account's notification settings were saved. */
    public record ChannelSettingsChanged(long accountId) {}
}
