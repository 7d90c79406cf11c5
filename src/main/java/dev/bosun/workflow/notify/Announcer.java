package dev.bosun.workflow.notify;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.workflow.ActionItem;
import dev.bosun.workflow.notify.db.DeliveryRows;
import dev.bosun.workflow.notify.domain.Announcement;
import dev.bosun.workflow.notify.domain.ChannelSettings;
import dev.bosun.workflow.notify.domain.ChatPlatform;
import dev.bosun.workflow.notify.domain.ChatPost;
import dev.bosun.workflow.notify.domain.Delivery;
import dev.bosun.workflow.notify.domain.Notice;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Tells an account's group chat (WeCom, DingTalk, Feishu or Slack) about the review's items: after each run,
 * the open items the chat's subscription wants and that it was not told about yet for that date.
 */
@Component
class Announcer {

    private final NotificationChannels channels;
    private final ReviewNotices notices;
    private final Wordings wordings;
    private final Deliveries deliveries;
    private final DeliveryRows rows;
    private final AccountDirectory directory;
    private final Clock clock;

    Announcer(
            NotificationChannels channels,
            ReviewNotices notices,
            Wordings wordings,
            Deliveries deliveries,
            DeliveryRows rows,
            AccountDirectory directory,
            Clock clock) {
        this.channels = channels;
        this.notices = notices;
        this.wordings = wordings;
        this.deliveries = deliveries;
        this.rows = rows;
        this.directory = directory;
        this.clock = clock;
    }

    /** Posts the date's new items to the account's group chat; answers the deliveries made (none when off). */
    List<Delivery> announce(long accountId, LocalDate date) {
        ChannelSettings settings = channels.of(accountId);
        if (!settings.webhookEnabled() || settings.platform() == null) {
            return List.of();
        }
        Locale locale = locale(settings);
        List<ActionItem> items = notices.open(accountId, date);
        List<Notice> wanted = new ArrayList<>();
        for (ActionItem item : items) {
            Notice n = notices.notice(item, locale);
            if (settings.webhook().wants(n)) {
                wanted.add(n);
            }
        }
        if (wanted.isEmpty()) {
            return List.of();
        }
        Set<String> fresh = Set.copyOf(
                rows.announce(accountId, date, wanted.stream().map(Notice::key).toList(), clock.instant()));
        List<Notice> toTell =
                wanted.stream().filter(n -> fresh.contains(n.key())).collect(Collectors.toList());
        if (toTell.isEmpty()) {
            return List.of();
        }
        String accountName =
                directory.account(accountId).map(SellerAccount::name).orElse("#" + accountId);
        String heading = wordings.text("notify.chat.heading", locale, accountName, date.toString());
        return post(
                accountId,
                settings.platform(),
                locale,
                new Announcement(heading, toTell, notices.todayUrl(accountId, date)),
                "review:" + date + ":" + keysHash(toTell));
    }

    /** Posts any announcement (also the settings page's test message). */
    List<Delivery> post(long accountId, ChatPlatform platform, Locale locale, Announcement a, String dedupKey) {
        List<ChatPost> posts = platform.format().posts(a, wordings.of(locale));
        List<Delivery> made = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) {
            deliveries
                    .postToChat(accountId, platform, a.heading(), posts.get(i).json(), dedupKey + "#" + (i + 1))
                    .ifPresent(made::add);
        }
        return made;
    }

    static Locale locale(ChannelSettings settings) {
        if (settings.language() != null && !settings.language().isBlank()) {
            return Locale.forLanguageTag(settings.language());
        }
        return settings.platform().defaultLocale();
    }

    private static String keysHash(List<Notice> notices) {
        return Integer.toHexString(
                notices.stream().map(Notice::key).sorted().toList().hashCode());
    }
}
