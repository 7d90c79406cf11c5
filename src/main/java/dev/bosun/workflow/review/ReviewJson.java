package dev.bosun.workflow.review;

import dev.bosun.workflow.ActionItem;
import dev.bosun.workflow.ItemText;
import dev.bosun.workflow.ReviewRun;
import dev.bosun.workflow.Subject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The review as one JSON object, shared by {@code bosun review --json} and {@code GET /api/v1/accounts/{id}/review}:
 * {@code {"account","date","reviewed_at","failed_rules","items":[{"id","key","area","severity","rule","rule_name",
 * "subject":{"type","id","sku","asin","marketplace"},"title","evidence":{…},"evidence_text":[…],"action","role",
 * "status","money_at_stake":{"amount","currency"},"first_seen","last_seen","times_seen"}]}}. Subject fields that do
 * not apply are left out; texts are in the requested language.
 */
public final class ReviewJson {

    private ReviewJson() {}

    public static Map<String, Object> of(
            String account,
            LocalDate date,
            ReviewRun run,
            List<ActionItem> items,
            Locale locale,
            BiFunction<ActionItem, Locale, ItemText> texts) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("account", account);
        body.put("date", date.toString());
        if (run != null) {
            body.put("reviewed_at", run.finishedAt().toString());
            body.put("failed_rules", run.failedRules());
        }
        body.put(
                "items",
                items.stream().map(i -> item(i, texts.apply(i, locale))).toList());
        return body;
    }

    public static Map<String, Object> item(ActionItem i, ItemText text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("key", i.key());
        m.put("area", i.area().code());
        m.put("severity", i.severity().code());
        m.put("rule", i.ruleId());
        m.put("rule_name", text.ruleName());
        m.put("subject", subject(i.subject()));
        m.put("title", text.title());
        m.put("evidence", ItemJson.map(i.evidence()));
        m.put("evidence_text", text.evidence());
        m.put("action", text.action());
        m.put("role", i.role().name().toLowerCase(Locale.ROOT));
        m.put("status", i.status().code());
        if (i.atStake() != null) {
            m.put(
                    "money_at_stake",
                    Map.of(
                            "amount",
                            i.atStake().amount(),
                            "currency",
                            i.atStake().currency().getCurrencyCode()));
        }
        m.put("first_seen", i.firstSeen().toString());
        m.put("last_seen", i.lastSeen().toString());
        m.put("times_seen", i.timesSeen());
        return m;
    }

    private static Map<String, Object> subject(Subject s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", s.type().code());
        m.put("id", s.id());
        if (s.sku() != null) {
            m.put("sku", s.sku());
        }
        if (s.asin() != null) {
            m.put("asin", s.asin());
        }
        if (s.marketplace() != null) {
            m.put("marketplace", s.marketplace().code());
        }
        return m;
    }
}
