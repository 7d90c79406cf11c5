package dev.bosun.workflow.notify.db;

import static dev.bosun.jooq.Tables.NOTIFY_ACCOUNT_SETTINGS;
import static dev.bosun.jooq.Tables.NOTIFY_WEBHOOK_RULES;

import dev.bosun.jooq.tables.records.NotifyAccountSettingsRecord;
import dev.bosun.workflow.notify.domain.ChannelSettings;
import dev.bosun.workflow.notify.domain.ChatPlatform;
import dev.bosun.workflow.notify.domain.SmtpServer;
import dev.bosun.workflow.notify.domain.Subscription;
import dev.bosun.workflow.notify.domain.Subscription.RuleChoice;
import dev.bosun.workflow.notify.domain.Urgency;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Per-account notification settings and the group chat's rule choices. */
@Repository
public class NotifySettingsRows {

    private final DSLContext db;

    public NotifySettingsRows(DSLContext db) {
        this.db = db;
    }

    /** The stored settings; {@code fallbackZone} stands in when the account chose no zone. */
    public Optional<ChannelSettings> find(long accountId, ZoneId fallbackZone) {
        Map<String, RuleChoice> rules = webhookRules(accountId);
        return db.selectFrom(NOTIFY_ACCOUNT_SETTINGS)
                .where(NOTIFY_ACCOUNT_SETTINGS.ACCOUNT_ID.eq(accountId))
                .fetchOptional(r -> settings(r, fallbackZone, rules));
    }

    public void save(ChannelSettings s, String by, Instant at) {
        SmtpServer smtp = s.smtp();
        db.insertInto(NOTIFY_ACCOUNT_SETTINGS)
                .set(NOTIFY_ACCOUNT_SETTINGS.ACCOUNT_ID, s.accountId())
                .set(
                        NOTIFY_ACCOUNT_SETTINGS.TIME_ZONE,
                        s.zoneChosen() ? s.zone().getId() : null)
                .set(NOTIFY_ACCOUNT_SETTINGS.DIGEST_HOUR, (short) s.digestHour())
                .set(
                        NOTIFY_ACCOUNT_SETTINGS.WEBHOOK_PLATFORM,
                        s.platform() == null ? null : s.platform().name())
                .set(NOTIFY_ACCOUNT_SETTINGS.WEBHOOK_ENABLED, s.webhookEnabled())
                .set(
                        NOTIFY_ACCOUNT_SETTINGS.WEBHOOK_MIN_SEVERITY,
                        s.webhook().minimum().name())
                .set(NOTIFY_ACCOUNT_SETTINGS.WEBHOOK_AREAS, s.webhook().areasText())
                .set(NOTIFY_ACCOUNT_SETTINGS.WEBHOOK_LANGUAGE, s.language())
                .set(NOTIFY_ACCOUNT_SETTINGS.SMTP_HOST, smtp == null ? null : smtp.host())
                .set(NOTIFY_ACCOUNT_SETTINGS.SMTP_PORT, smtp == null ? null : smtp.port())
                .set(NOTIFY_ACCOUNT_SETTINGS.SMTP_USERNAME, smtp == null ? null : smtp.username())
                .set(NOTIFY_ACCOUNT_SETTINGS.SMTP_FROM, smtp == null ? null : smtp.from())
                .set(NOTIFY_ACCOUNT_SETTINGS.SMTP_SECURITY, smtp == null ? "STARTTLS" : smtp.security())
                .set(NOTIFY_ACCOUNT_SETTINGS.UPDATED_AT, at.atOffset(ZoneOffset.UTC))
                .set(NOTIFY_ACCOUNT_SETTINGS.UPDATED_BY, by)
                .onConflict(NOTIFY_ACCOUNT_SETTINGS.ACCOUNT_ID)
                .doUpdate()
                .set(
                        NOTIFY_ACCOUNT_SETTINGS.TIME_ZONE,
                        s.zoneChosen() ? s.zone().getId() : null)
                .set(NOTIFY_ACCOUNT_SETTINGS.DIGEST_HOUR, (short) s.digestHour())
                .set(
                        NOTIFY_ACCOUNT_SETTINGS.WEBHOOK_PLATFORM,
                        s.platform() == null ? null : s.platform().name())
                .set(NOTIFY_ACCOUNT_SETTINGS.WEBHOOK_ENABLED, s.webhookEnabled())
                .set(
                        NOTIFY_ACCOUNT_SETTINGS.WEBHOOK_MIN_SEVERITY,
                        s.webhook().minimum().name())
                .set(NOTIFY_ACCOUNT_SETTINGS.WEBHOOK_AREAS, s.webhook().areasText())
                .set(NOTIFY_ACCOUNT_SETTINGS.WEBHOOK_LANGUAGE, s.language())
                .set(NOTIFY_ACCOUNT_SETTINGS.SMTP_HOST, smtp == null ? null : smtp.host())
                .set(NOTIFY_ACCOUNT_SETTINGS.SMTP_PORT, smtp == null ? null : smtp.port())
                .set(NOTIFY_ACCOUNT_SETTINGS.SMTP_USERNAME, smtp == null ? null : smtp.username())
                .set(NOTIFY_ACCOUNT_SETTINGS.SMTP_FROM, smtp == null ? null : smtp.from())
                .set(NOTIFY_ACCOUNT_SETTINGS.SMTP_SECURITY, smtp == null ? "STARTTLS" : smtp.security())
                .set(NOTIFY_ACCOUNT_SETTINGS.UPDATED_AT, at.atOffset(ZoneOffset.UTC))
                .set(NOTIFY_ACCOUNT_SETTINGS.UPDATED_BY, by)
                .execute();
    }

    public Map<String, RuleChoice> webhookRules(long accountId) {
        Map<String, RuleChoice> rules = new LinkedHashMap<>();
        db.selectFrom(NOTIFY_WEBHOOK_RULES)
                .where(NOTIFY_WEBHOOK_RULES.ACCOUNT_ID.eq(accountId))
                .orderBy(NOTIFY_WEBHOOK_RULES.RULE_ID)
                .forEach(r -> rules.put(r.getRuleId(), RuleChoice.valueOf(r.getChoice())));
        return rules;
    }

    /** Sets or (with a null choice) clears the group chat's choice for one rule. */
    public void setWebhookRule(long accountId, String ruleId, RuleChoice choice) {
        if (choice == null) {
            db.deleteFrom(NOTIFY_WEBHOOK_RULES)
                    .where(NOTIFY_WEBHOOK_RULES.ACCOUNT_ID.eq(accountId).and(NOTIFY_WEBHOOK_RULES.RULE_ID.eq(ruleId)))
                    .execute();
            return;
        }
        db.insertInto(NOTIFY_WEBHOOK_RULES)
                .set(NOTIFY_WEBHOOK_RULES.ACCOUNT_ID, accountId)
                .set(NOTIFY_WEBHOOK_RULES.RULE_ID, ruleId)
                .set(NOTIFY_WEBHOOK_RULES.CHOICE, choice.name())
                .onConflict(NOTIFY_WEBHOOK_RULES.ACCOUNT_ID, NOTIFY_WEBHOOK_RULES.RULE_ID)
                .doUpdate()
                .set(NOTIFY_WEBHOOK_RULES.CHOICE, choice.name())
                .execute();
    }

    /** Accounts with stored settings, for rebuilding their schedules. */
    public List<Long> accounts() {
        return db.select(NOTIFY_ACCOUNT_SETTINGS.ACCOUNT_ID)
                .from(NOTIFY_ACCOUNT_SETTINGS)
                .fetch(NOTIFY_ACCOUNT_SETTINGS.ACCOUNT_ID);
    }

    private static ChannelSettings settings(
            NotifyAccountSettingsRecord r, ZoneId fallbackZone, Map<String, RuleChoice> rules) {
        boolean chosen = r.getTimeZone() != null && ZoneId.getAvailableZoneIds().contains(r.getTimeZone());
        SmtpServer smtp = r.getSmtpHost() == null
                ? null
                : new SmtpServer(
                        r.getSmtpHost(),
                        r.getSmtpPort() == null ? 587 : r.getSmtpPort(),
                        r.getSmtpUsername(),
                        r.getSmtpFrom(),
                        r.getSmtpSecurity());
        return new ChannelSettings(
                r.getAccountId(),
                chosen ? ZoneId.of(r.getTimeZone()) : fallbackZone,
                r.getDigestHour(),
                ChatPlatform.find(r.getWebhookPlatform()).orElse(null),
                r.getWebhookEnabled(),
                new Subscription(
                        true,
                        Urgency.parse(r.getWebhookMinSeverity()),
                        Subscription.parseAreas(r.getWebhookAreas()),
                        rules),
                r.getWebhookLanguage(),
                smtp,
                chosen);
    }
}
