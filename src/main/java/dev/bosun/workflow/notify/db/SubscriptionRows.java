package dev.bosun.workflow.notify.db;

import static dev.bosun.jooq.Tables.NOTIFY_RULE_CHOICES;
import static dev.bosun.jooq.Tables.NOTIFY_SUBSCRIPTIONS;

import dev.bosun.workflow.notify.domain.Channel;
import dev.bosun.workflow.notify.domain.Subscription;
import dev.bosun.workflow.notify.domain.Subscription.RuleChoice;
import dev.bosun.workflow.notify.domain.Urgency;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Users' subscriptions per account and channel, and their per-rule choices. */
@Repository
public class SubscriptionRows {

    private final DSLContext db;

    public SubscriptionRows(DSLContext db) {
        this.db = db;
    }

    /** The user's stored subscriptions to the account's channels (without rule choices); absent = default. */
    public Map<Channel, Subscription> find(long accountId, long userId) {
        Map<Channel, Subscription> found = new EnumMap<>(Channel.class);
        db.selectFrom(NOTIFY_SUBSCRIPTIONS)
                .where(NOTIFY_SUBSCRIPTIONS.ACCOUNT_ID.eq(accountId).and(NOTIFY_SUBSCRIPTIONS.USER_ID.eq(userId)))
                .forEach(r -> found.put(
                        Channel.valueOf(r.getChannel()),
                        new Subscription(
                                r.getEnabled(),
                                Urgency.parse(r.getMinSeverity()),
                                Subscription.parseAreas(r.getAreas()),
                                Map.of())));
        return found;
    }

    public void save(long accountId, long userId, Channel channel, Subscription s, Instant at) {
        db.insertInto(NOTIFY_SUBSCRIPTIONS)
                .set(NOTIFY_SUBSCRIPTIONS.ACCOUNT_ID, accountId)
                .set(NOTIFY_SUBSCRIPTIONS.USER_ID, userId)
                .set(NOTIFY_SUBSCRIPTIONS.CHANNEL, channel.name())
                .set(NOTIFY_SUBSCRIPTIONS.ENABLED, s.enabled())
                .set(NOTIFY_SUBSCRIPTIONS.MIN_SEVERITY, s.minimum().name())
                .set(NOTIFY_SUBSCRIPTIONS.AREAS, s.areasText())
                .set(NOTIFY_SUBSCRIPTIONS.UPDATED_AT, at.atOffset(ZoneOffset.UTC))
                .onConflict(NOTIFY_SUBSCRIPTIONS.ACCOUNT_ID, NOTIFY_SUBSCRIPTIONS.USER_ID, NOTIFY_SUBSCRIPTIONS.CHANNEL)
                .doUpdate()
                .set(NOTIFY_SUBSCRIPTIONS.ENABLED, s.enabled())
                .set(NOTIFY_SUBSCRIPTIONS.MIN_SEVERITY, s.minimum().name())
                .set(NOTIFY_SUBSCRIPTIONS.AREAS, s.areasText())
                .set(NOTIFY_SUBSCRIPTIONS.UPDATED_AT, at.atOffset(ZoneOffset.UTC))
                .execute();
    }

    public Map<String, RuleChoice> ruleChoices(long accountId, long userId) {
        Map<String, RuleChoice> rules = new LinkedHashMap<>();
        db.selectFrom(NOTIFY_RULE_CHOICES)
                .where(NOTIFY_RULE_CHOICES.ACCOUNT_ID.eq(accountId).and(NOTIFY_RULE_CHOICES.USER_ID.eq(userId)))
                .orderBy(NOTIFY_RULE_CHOICES.RULE_ID)
                .forEach(r -> rules.put(r.getRuleId(), RuleChoice.valueOf(r.getChoice())));
        return rules;
    }

    /** Sets or (with a null choice) clears the user's choice for one rule. */
    public void setRuleChoice(long accountId, long userId, String ruleId, RuleChoice choice) {
        if (choice == null) {
            db.deleteFrom(NOTIFY_RULE_CHOICES)
                    .where(NOTIFY_RULE_CHOICES
                            .ACCOUNT_ID
                            .eq(accountId)
                            .and(NOTIFY_RULE_CHOICES.USER_ID.eq(userId))
                            .and(NOTIFY_RULE_CHOICES.RULE_ID.eq(ruleId)))
                    .execute();
            return;
        }
        db.insertInto(NOTIFY_RULE_CHOICES)
                .set(NOTIFY_RULE_CHOICES.ACCOUNT_ID, accountId)
                .set(NOTIFY_RULE_CHOICES.USER_ID, userId)
                .set(NOTIFY_RULE_CHOICES.RULE_ID, ruleId)
                .set(NOTIFY_RULE_CHOICES.CHOICE, choice.name())
                .onConflict(NOTIFY_RULE_CHOICES.ACCOUNT_ID, NOTIFY_RULE_CHOICES.USER_ID, NOTIFY_RULE_CHOICES.RULE_ID)
                .doUpdate()
                .set(NOTIFY_RULE_CHOICES.CHOICE, choice.name())
                .execute();
    }
}
