package dev.bosun.workflow.notify;

import dev.bosun.workflow.notify.db.SubscriptionRows;
import dev.bosun.workflow.notify.domain.Channel;
import dev.bosun.workflow.notify.domain.Subscription;
import dev.bosun.workflow.notify.domain.Subscription.RuleChoice;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users' subscriptions: what each wants to hear of an account, on which channel. */
@Service
public class Subscriptions {

    private final SubscriptionRows rows;
    private final Clock clock;

    Subscriptions(SubscriptionRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    /** The user's subscription to each channel of the account, with their rule choices; defaults where unset. */
    public Map<Channel, Subscription> of(long accountId, long userId) {
        Map<Channel, Subscription> stored = rows.find(accountId, userId);
        Map<String, RuleChoice> rules = rows.ruleChoices(accountId, userId);
        Map<Channel, Subscription> all = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            all.put(channel, stored.getOrDefault(channel, Subscription.DEFAULT).withRules(rules));
        }
        return all;
    }

    public Subscription of(long accountId, long userId, Channel channel) {
        return of(accountId, userId).get(channel);
    }

    public Map<String, RuleChoice> ruleChoices(long accountId, long userId) {
        return rows.ruleChoices(accountId, userId);
    }

    @Transactional
    public void save(long accountId, long userId, Channel channel, Subscription subscription) {
        rows.save(accountId, userId, channel, subscription, clock.instant());
    }

    /** Sets, or with null clears, the user's choice for one rule (on every channel). */
    @Transactional
    public void choose(long accountId, long userId, String ruleId, RuleChoice choice) {
        rows.setRuleChoice(accountId, userId, ruleId, choice);
    }

    /** Turns every channel of the account off for the user. */
    @Transactional
    public void unsubscribeAll(long accountId, long userId) {
        for (Channel channel : Channel.values()) {
            rows.save(accountId, userId, channel, Subscription.OFF, clock.instant());
        }
    }
}
