package dev.bosun.workflow.notify;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CredentialKind;
import dev.bosun.accounts.CredentialVault;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.workflow.notify.db.DeliveryRows;
import dev.bosun.workflow.notify.db.NotifySettingsRows;
import dev.bosun.workflow.notify.domain.ChannelSettings;
import dev.bosun.workflow.notify.domain.ChatPlatform;
import dev.bosun.workflow.notify.domain.Delivery;
import dev.bosun.workflow.notify.domain.RetryPolicy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jobrunr.scheduling.JobScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Every message that leaves Bosun (digest e-mails, group-chat posts) is stored first, then tried; each try is
 * recorded with the answer. A failure that may pass (server error, rate limit, no connection) is tried again
 * later by a JobRunr job, following {@link RetryPolicy}; the deliveries page shows the failures.
 */
@Service
public class Deliveries {

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

    private final DeliveryRows rows;
    private final NotifySettingsRows settings;
    private final AccountDirectory directory;
    private final CredentialVault vault;
    private final WebhookPoster webhooks;
    private final MailPoster mail;
    private final JobScheduler scheduler;
    private final Clock clock;

    Deliveries(
            DeliveryRows rows,
            NotifySettingsRows settings,
            AccountDirectory directory,
            CredentialVault vault,
            WebhookPoster webhooks,
            MailPoster mail,
            JobScheduler scheduler,
            Clock clock) {
        this.rows = rows;
        this.settings = settings;
        this.directory = directory;
        this.vault = vault;
        this.webhooks = webhooks;
        this.mail = mail;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /** Stores a group-chat post and tries it at once; empty if the same post (dedup key) was stored before. */
    public Optional<Delivery> postToChat(
            long accountId, ChatPlatform platform, String heading, String json, String dedupKey) {
        String target = vault.statuses(accountId).stream()
                .filter(s -> s.kind().equals(CredentialKind.WEBHOOK_URL.key()))
                .findFirst()
                .map(s -> platform.name() + " webhook …" + s.hint())
                .orElse(platform.name() + " webhook");
        return rows.create(accountId, platform.name(), null, target, heading, json, null, dedupKey, clock.instant())
                .map(this::attempt);
    }

    /** Stores an e-mail to a user and tries it at once; empty if the same e-mail was stored before. */
    public Optional<Delivery> email(
            long accountId, long userId, String address, String subject, String text, String html, String dedupKey) {
        return rows.create(accountId, "EMAIL", userId, address, subject, text, html, dedupKey, clock.instant())
                .map(this::attempt);
    }

    /**
     * Tries a delivery now, unless it was sent already. Records the try; schedules the next one when the failure
     * may pass.
     */
    public Delivery attempt(long deliveryId) {
        Delivery d = rows.find(deliveryId).orElseThrow(() -> new IllegalArgumentException("no delivery " + deliveryId));
        if ("SENT".equals(d.status())) {
            return d;
        }
        int attempt = d.attempts() + 1;
        Instant at = clock.instant();
        Try result = d.email() ? tryEmail(d) : tryChat(d);
        if (result.sent()) {
            rows.recordAttempt(deliveryId, attempt, true, result.code(), result.excerpt(), "SENT", at, null);
        } else {
            Optional<Instant> next = RetryPolicy.next(attempt, result.retryable(), at);
            rows.recordAttempt(
                    deliveryId,
                    attempt,
                    false,
                    result.code(),
                    result.excerpt(),
                    next.isPresent() ? "RETRYING" : "FAILED",
                    at,
                    next.orElse(null));
            next.ifPresent(when -> scheduler.<DeliveryJob>schedule(when, job -> job.retry(deliveryId)));
            log.warn(
                    "Delivery {} ({}) of account {} failed, try {}: {}",
                    deliveryId,
                    d.channel(),
                    d.accountId(),
                    attempt,
                    result.excerpt());
        }
        return rows.find(deliveryId).orElseThrow();
    }

    /** Tries a failed delivery of the account again now (the deliveries page's button). */
    public Optional<Delivery> retryNow(long accountId, long deliveryId) {
        return rows.find(deliveryId)
                .filter(d -> d.accountId() == accountId)
                .filter(Delivery::failed)
                .map(d -> attempt(d.id()));
    }

    /**
     * Tries every delivery whose next try is more than ten minutes overdue: its scheduled job was lost (a node
     * stopped, the job was deleted from the dashboard). Tries still on time are left to their jobs.
     */
    public int attemptDue() {
        List<Long> due = rows.due(clock.instant().minus(java.time.Duration.ofMinutes(10)), 100);
        due.forEach(this::attempt);
        return due.size();
    }

    public List<Delivery> list(long accountId, boolean failuresOnly, int limit) {
        return rows.list(accountId, failuresOnly, limit);
    }

    public Optional<Delivery> find(long accountId, long deliveryId) {
        return rows.find(deliveryId).filter(d -> d.accountId() == accountId);
    }

    public List<DeliveryRows.Attempt> attempts(long accountId, long deliveryId) {
        return find(accountId, deliveryId).map(d -> rows.attempts(d.id())).orElse(List.of());
    }

    private record Try(boolean sent, boolean retryable, Integer code, String excerpt) {}

    private Try tryChat(Delivery d) {
        ChatPlatform platform = ChatPlatform.valueOf(d.channel());
        Optional<String> url = vault.reveal(d.accountId(), CredentialKind.WEBHOOK_URL);
        if (url.isEmpty()) {
            return new Try(false, false, null, "no webhook URL is stored for this account");
        }
        String secret =
                vault.reveal(d.accountId(), CredentialKind.WEBHOOK_SECRET).orElse(null);
        WebhookPoster.Answer answer = webhooks.post(platform, url.get(), secret, d.payload());
        return new Try(
                answer.reply().delivered(),
                answer.reply().retryable(),
                answer.status() == 0 ? null : answer.status(),
                answer.reply().explanation());
    }

    private Try tryEmail(Delivery d) {
        ChannelSettings s = settings.find(d.accountId(), zone(d.accountId())).orElse(null);
        MailPoster.Outcome outcome =
                mail.send(d.accountId(), s == null ? null : s.smtp(), d.target(), d.subject(), d.payload(), d.html());
        return new Try(outcome.sent(), outcome.retryable(), outcome.sent() ? 250 : null, outcome.explanation());
    }

    private ZoneId zone(long accountId) {
        return directory
                .account(accountId)
                .map(SellerAccount::primaryMarketplace)
                .map(m -> m.zone())
                .orElse(ZoneId.of("UTC"));
    }
}
