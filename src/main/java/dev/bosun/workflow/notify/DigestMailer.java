package dev.bosun.workflow.notify;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.workflow.ActionItem;
import dev.bosun.workflow.notify.domain.Channel;
import dev.bosun.workflow.notify.domain.ChannelSettings;
import dev.bosun.workflow.notify.domain.Delivery;
import dev.bosun.workflow.notify.domain.Notice;
import dev.bosun.workflow.notify.domain.Subscription;
import dev.bosun.workflow.notify.domain.Wording;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The daily e-mail digest: to each user who may see the account, has an e-mail address and subscribes to
 * e-mail, the review date's open items their subscription wants, in their language, as HTML and plain text.
 * Users with nothing to read get no e-mail; a user gets one digest per account and date however often it runs.
 */
@Component
class DigestMailer {

    private static final Logger log = LoggerFactory.getLogger(DigestMailer.class);

    private final Recipients recipients;
    private final Subscriptions subscriptions;
    private final ReviewNotices notices;
    private final NotificationChannels channels;
    private final MailPoster mail;
    private final Deliveries deliveries;
    private final Wordings wordings;
    private final AccountDirectory directory;
    private final ITemplateEngine templates;

    DigestMailer(
            Recipients recipients,
            Subscriptions subscriptions,
            ReviewNotices notices,
            NotificationChannels channels,
            MailPoster mail,
            Deliveries deliveries,
            Wordings wordings,
            AccountDirectory directory,
            ITemplateEngine templates) {
        this.recipients = recipients;
        this.subscriptions = subscriptions;
        this.notices = notices;
        this.channels = channels;
        this.mail = mail;
        this.deliveries = deliveries;
        this.wordings = wordings;
        this.directory = directory;
        this.templates = templates;
    }

    /** Sends the date's digests of the account; answers the deliveries made. */
    List<Delivery> send(long accountId, LocalDate date) {
        ChannelSettings settings = channels.of(accountId);
        if (!mail.available(accountId, settings.smtp())) {
            log.info("No SMTP server for seller account {}: its e-mail digest is not sent", accountId);
            return List.of();
        }
        List<ActionItem> items = notices.open(accountId, date);
        if (items.isEmpty()) {
            return List.of();
        }
        String accountName =
                directory.account(accountId).map(SellerAccount::name).orElse("#" + accountId);
        List<Delivery> made = new ArrayList<>();
        for (Recipient r : recipients.of(accountId)) {
            if (!r.hasEmail()) {
                continue;
            }
            Subscription s = subscriptions.of(accountId, r.userId(), Channel.EMAIL);
            if (!s.enabled()) {
                continue;
            }
            List<Notice> wanted = items.stream()
                    .map(item -> notices.notice(item, r.locale()))
                    .filter(s::wants)
                    .toList();
            if (wanted.isEmpty()) {
                continue;
            }
            Locale locale = r.locale();
            String subject =
                    wordings.text("notify.digest.subject", locale, accountName, date.toString(), wanted.size());
            String link = notices.todayUrl(accountId, date);
            String settingsLink = notices.baseUrl() + "/a/" + accountId + "/notifications/settings";
            deliveries
                    .email(
                            accountId,
                            r.userId(),
                            r.email(),
                            subject,
                            text(locale, r, accountName, date, wanted, link, settingsLink),
                            html(locale, r, accountName, date, wanted, link, settingsLink),
                            "digest:" + date + ":" + r.userId())
                    .ifPresent(made::add);
        }
        return made;
    }

    private String text(
            Locale locale,
            Recipient r,
            String accountName,
            LocalDate date,
            List<Notice> wanted,
            String link,
            String settingsLink) {
        Wording w = wordings.of(locale);
        StringBuilder out = new StringBuilder();
        out.append(wordings.text("notify.digest.greeting", locale, r.displayName()))
                .append("\n\n");
        out.append(wordings.text("notify.digest.intro", locale, accountName, date.toString(), wanted.size()))
                .append("\n\n");
        for (Notice n : wanted) {
            out.append("[")
                    .append(w.urgency(n.urgency()))
                    .append("] ")
                    .append(n.title())
                    .append('\n');
            if (!n.subject().isEmpty()) {
                out.append("    ").append(n.subject()).append('\n');
            }
            if (!n.action().isEmpty()) {
                out.append("    ").append(n.action()).append('\n');
            }
            out.append("    ").append(n.link()).append("\n\n");
        }
        out.append(w.openInBosun()).append(": ").append(link).append("\n\n");
        out.append(wordings.text("notify.digest.why", locale))
                .append(' ')
                .append(settingsLink)
                .append('\n');
        return out.toString();
    }

    private String html(
            Locale locale,
            Recipient r,
            String accountName,
            LocalDate date,
            List<Notice> wanted,
            String link,
            String settingsLink) {
        Context context = new Context(
                locale,
                Map.of(
                        "recipient", r,
                        "accountName", accountName,
                        "date", date.toString(),
                        "notices", wanted,
                        "wording", wordings.of(locale),
                        "link", link,
                        "settingsLink", settingsLink));
        return templates.process("workflow/notify/digest-mail", context);
    }
}
