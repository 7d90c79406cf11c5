package dev.bosun.workflow.review.db;

import static dev.bosun.jooq.Tables.REVIEW_RULE_SETTINGS;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each account's own settings of the review rules. */
@Repository
public class RuleSettings {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final DSLContext db;

    public RuleSettings(DSLContext db) {
        this.db = db;
    }

    /**
     * An account's setting of one rule.
     *
     * @param enabled whether the rule runs
     * @param own its own threshold values by key
     */
    public record Setting(boolean enabled, Map<String, BigDecimal> own) {}

    /** The account's settings by rule id; rules without one are absent. */
    public Map<String, Setting> of(long accountId) {
        var t = REVIEW_RULE_SETTINGS;
        Map<String, Setting> settings = new HashMap<>();
        db.selectFrom(t).where(t.ACCOUNT_ID.eq(accountId)).forEach(r -> {
            Map<String, BigDecimal> own = new LinkedHashMap<>();
            JsonNode node = MAPPER.readTree(r.getThresholds().data());
            node.properties().forEach(e -> own.put(e.getKey(), e.getValue().decimalValue()));
            settings.put(r.getRuleId(), new Setting(r.getEnabled(), own));
        });
        return settings;
    }

    public void save(long accountId, String ruleId, Setting setting, String by, Instant now) {
        var t = REVIEW_RULE_SETTINGS;
        JSONB thresholds = JSONB.valueOf(MAPPER.writeValueAsString(new TreeMap<>(setting.own())));
        db.insertInto(t)
                .set(t.ACCOUNT_ID, accountId)
                .set(t.RULE_ID, ruleId)
                .set(t.ENABLED, setting.enabled())
                .set(t.THRESHOLDS, thresholds)
                .set(t.UPDATED_BY, by)
                .set(t.UPDATED_AT, now.atOffset(ZoneOffset.UTC))
                .onConflict(t.ACCOUNT_ID, t.RULE_ID)
                .doUpdate()
                .set(t.ENABLED, setting.enabled())
                .set(t.THRESHOLDS, thresholds)
                .set(t.UPDATED_BY, by)
                .set(t.UPDATED_AT, now.atOffset(ZoneOffset.UTC))
                .execute();
    }
}
