package dev.bosun.workflow.notify;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.workflow.notify.domain.Announcement;
import dev.bosun.workflow.notify.domain.ChannelSettings;
import dev.bosun.workflow.notify.domain.Delivery;
import dev.bosun.workflow.notify.domain.Notice;
import dev.bosun.workflow.notify.domain.Urgency;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;

/** A test post to an account's group chat, from the channels page, so a wrong URL or secret shows at once. */
@Service
public class TestMessages {

    private final NotificationChannels channels;
    private final Announcer announcer;
    private final Wordings wordings;
    private final ReviewNotices notices;
    private final AccountDirectory directory;
    private final Clock clock;

    TestMessages(
            NotificationChannels channels,
            Announcer announcer,
            Wordings wordings,
            ReviewNotices notices,
            AccountDirectory directory,
            Clock clock) {
        this.channels = channels;
        this.announcer = announcer;
        this.wordings = wordings;
        this.notices = notices;
        this.directory = directory;
        this.clock = clock;
    }

    /** Posts a test message; empty when the account has no group chat configured. */
    public List<Delivery> sendToChat(long accountId) {
        ChannelSettings s = channels.of(accountId);
        if (s.platform() == null) {
            return List.of();
        }
        Locale locale = Announcer.locale(s);
        String name = directory.account(accountId).map(SellerAccount::name).orElse("#" + accountId);
        String link = notices.baseUrl() + "/a/" + accountId + "/today";
        Notice notice = new Notice(
                "test",
                Urgency.INFO,
                null,
                null,
                wordings.text("notify.test.title", locale),
                "",
                wordings.text("notify.test.action", locale),
                link);
        Announcement a = new Announcement(wordings.text("notify.test.heading", locale, name), List.of(notice), link);
        return announcer.post(
                accountId, s.platform(), locale, a, "test:" + clock.instant().toEpochMilli());
    }
}
