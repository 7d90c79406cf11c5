package dev.bosun.workflow.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.testing.BosunTest;
import dev.bosun.workflow.ReviewArea;
import dev.bosun.workflow.Severity;
import dev.bosun.workflow.notify.domain.Channel;
import dev.bosun.workflow.notify.domain.ChannelSettings;
import dev.bosun.workflow.notify.domain.Delivery;
import dev.bosun.workflow.notify.domain.InboxEntry;
import dev.bosun.workflow.notify.domain.SmtpServer;
import dev.bosun.workflow.notify.domain.Subscription;
import dev.bosun.workflow.notify.domain.Subscription.RuleChoice;
import dev.bosun.workflow.notify.domain.Urgency;
import dev.bosun.workflow.review.db.ActionItems;
import dev.bosun.workflow.review.db.ReviewRuns;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The e-mail digest against an in-process SMTP server (GreenMail), and the in-app inbox: languages, HTML and text
 * parts, escaping, subscriptions, and that nobody hears of an account not granted to them.
 */
@BosunTest
class DigestAndInboxTests {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    @Autowired
    ActionItems actionItems;

    @Autowired
    ReviewRuns runs;

    @Autowired
    NotificationChannels channels;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    DigestMailer digests;

    @Autowired
    Inbox inbox;

    private NotificationFixture fixture;
    private GreenMail smtp;
    private int port;

    @BeforeEach
    void start() throws IOException {
        fixture = new NotificationFixture(directory, team, actionItems, runs);
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    private SellerAccount accountWithSmtp() {
        SellerAccount account = fixture.account();
        ChannelSettings d = channels.of(account.id());
        channels.save(
                new ChannelSettings(
                        account.id(),
                        d.zone(),
                        7,
                        null,
                        false,
                        d.webhook(),
                        null,
                        new SmtpServer("127.0.0.1", port, null, "bosun@example.test", "NONE"),
                        false),
                "test");
        fixture.item(
                account.id(),
                "B0CRIT0001",
                Severity.CRITICAL,
                ReviewArea.HEALTH,
                "health.odr",
                "<script>alert(1)</script> & ODR",
                DAY);
        fixture.item(
                account.id(),
                "B0WARN0002",
                Severity.WARNING,
                ReviewArea.INVENTORY,
                "inventory.cover",
                "Cover 9 days",
                DAY);
        fixture.item(
                account.id(), "B0INFO0003", Severity.INFO, ReviewArea.LISTINGS, "listings.zombie", "No sessions", DAY);
        fixture.ran(account.id(), DAY, 3);
        return account;
    }

    private List<MimeMessage> mailTo(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address))) {
                found.add(m);
            }
        }
        return found;
    }

    private static String part(MimeMessage message, String type) throws Exception {
        return part((Multipart) message.getContent(), type);
    }

    private static String part(Multipart multipart, String type) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart p = multipart.getBodyPart(i);
            if (p.getContent() instanceof Multipart inner) {
                String found = part(inner, type);
                if (found != null) {
                    return found;
                }
            } else if (p.isMimeType(type)) {
                return (String) p.getContent();
            }
        }
        return null;
    }

    @Test
    void eachUserGetsOneDigestInTheirLanguageWithHtmlAndTextParts() throws Exception {
        SellerAccount account = accountWithSmtp();
        CurrentUser english = fixture.user("en-" + account.id() + "@example.test", "en", Role.SPECIALIST, account);
        CurrentUser chinese = fixture.user("zh-" + account.id() + "@example.test", "zh-CN", Role.SUPERVISOR, account);

        List<Delivery> made = digests.send(account.id(), DAY);

        assertThat(made).extracting(Delivery::userId).contains(english.id(), chinese.id());
        assertThat(made).allSatisfy(d -> assertThat(d.status()).isEqualTo("SENT"));
        MimeMessage en = mailTo("en-" + account.id() + "@example.test").get(0);
        assertThat(en.getFrom()[0].toString()).isEqualTo("bosun@example.test");
        assertThat(en.getSubject()).isEqualTo("[Bosun] " + account.name() + ": 2 items of the review of 2026-11-24");
        String text = part(en, "text/plain");
        String html = part(en, "text/html");
        assertThat(text)
                .contains("[Critical] <script>alert(1)</script> & ODR: yes. B0CRIT0001")
                .contains("[Warning] Cover 9 days: yes. B0WARN0002")
                .doesNotContain("B0INFO0003")
                .contains("/a/" + account.id() + "/today?date=2026-11-24");
        assertThat(html)
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; ODR")
                .doesNotContain("<script>")
                .contains("Cover 9 days: yes. B0WARN0002")
                .doesNotContain("B0INFO0003");

        MimeMessage zh = mailTo("zh-" + account.id() + "@example.test").get(0);
        assertThat(zh.getSubject()).isEqualTo("[Bosun] " + account.name() + "：2026-11-24 复盘共 2 项");
        assertThat(part(zh, "text/plain")).contains("[紧急]").contains("Cover 9 days：是。B0WARN0002");
        assertThat(part(zh, "text/html")).contains("在 Bosun 中查看");

        assertThat(digests.send(account.id(), DAY)).isEmpty();
        assertThat(mailTo("en-" + account.id() + "@example.test")).hasSize(1);
    }

    @Test
    void aUserWhoUnsubscribedGetsNothing() throws Exception {
        SellerAccount account = accountWithSmtp();
        CurrentUser quiet = fixture.user("quiet-" + account.id() + "@example.test", "en", Role.SPECIALIST, account);
        subscriptions.unsubscribeAll(account.id(), quiet.id());

        digests.send(account.id(), DAY);
        inbox.notifyReview(account.id(), DAY);

        assertThat(mailTo("quiet-" + account.id() + "@example.test")).isEmpty();
        assertThat(inbox.list(account.id(), quiet.id(), false, 50)).isEmpty();
        assertThat(inbox.unread(account.id(), quiet.id())).isZero();
    }

    @Test
    void nobodyHearsOfAnAccountNotGrantedToThem() throws Exception {
        SellerAccount mine = accountWithSmtp();
        SellerAccount other = accountWithSmtp();
        CurrentUser user = fixture.user("iso-" + mine.id() + "@example.test", "en", Role.SPECIALIST, mine);
        // a subscription row for the other account (as if it had been granted once) must not open it up
        subscriptions.save(
                other.id(), user.id(), Channel.EMAIL, new Subscription(true, Urgency.INFO, Set.of(), Map.of()));
        subscriptions.save(
                other.id(), user.id(), Channel.IN_APP, new Subscription(true, Urgency.INFO, Set.of(), Map.of()));

        digests.send(other.id(), DAY);
        inbox.notifyReview(other.id(), DAY);
        boolean told = inbox.tell(other.id(), user.id(), Urgency.CRITICAL, "secret", "", "/", "x");

        assertThat(mailTo("iso-" + mine.id() + "@example.test")).isEmpty();
        assertThat(inbox.list(other.id(), user.id(), false, 50)).isEmpty();
        assertThat(told).isFalse();

        team.revoke(user.id(), mine.id());
        digests.send(mine.id(), DAY);
        inbox.notifyReview(mine.id(), DAY);
        assertThat(mailTo("iso-" + mine.id() + "@example.test")).isEmpty();
        assertThat(inbox.list(mine.id(), user.id(), false, 50)).isEmpty();
    }

    @Test
    void theInboxGetsTheSubscribedItemsOnceAndMarksThemRead() {
        SellerAccount account = accountWithSmtp();
        CurrentUser user = fixture.user(null, "en", Role.ASSISTANT, account);
        subscriptions.choose(account.id(), user.id(), "listings.zombie", RuleChoice.FOLLOW);
        subscriptions.choose(account.id(), user.id(), "inventory.cover", RuleChoice.MUTE);

        inbox.notifyReview(account.id(), DAY);
        inbox.notifyReview(account.id(), DAY);

        List<InboxEntry> entries = inbox.list(account.id(), user.id(), false, 50);
        assertThat(entries)
                .extracting(InboxEntry::title)
                .containsExactlyInAnyOrder(
                        "<script>alert(1)</script> & ODR: yes. B0CRIT0001", "No sessions: yes. B0INFO0003");
        assertThat(entries).allSatisfy(e -> assertThat(e.link()).startsWith("/a/" + account.id() + "/today/items/"));
        assertThat(inbox.unread(account.id(), user.id())).isEqualTo(2);

        inbox.markRead(account.id(), user.id(), entries.get(0).id());
        assertThat(inbox.unread(account.id(), user.id())).isEqualTo(1);
        inbox.markRead(account.id(), user.id(), null);
        assertThat(inbox.unread(account.id(), user.id())).isZero();
    }
}
