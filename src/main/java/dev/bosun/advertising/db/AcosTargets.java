package dev.bosun.advertising.db;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The operator's target ACoS values (table ad_acos_targets) by scope: ACCOUNT, CATEGORY and ASIN. */
@Repository
public class AcosTargets {

    private final DSLContext db;

    public AcosTargets(DSLContext db) {
        this.db = db;
    }

    /** One stored row: the target (null when only the category of an ASIN is set) and the ASIN's category. */
    public record Row(String scope, String key, String category, BigDecimal target) {}

    public Map<String, Row> all(long accountId) {
        Map<String, Row> rows = new HashMap<>();
        db.resultQuery(
                        "select scope, scope_key, category, target_acos from ad_acos_targets where account_id = ?",
                        accountId)
                .forEach(r -> {
                    Row row = new Row(
                            r.get(0, String.class),
                            r.get(1, String.class),
                            r.get(2, String.class),
                            r.get(3, BigDecimal.class));
                    rows.put(row.scope() + ":" + row.key(), row);
                });
        return rows;
    }

    public void put(long accountId, String scope, String key, String category, BigDecimal target) {
        db.query(
                        "insert into ad_acos_targets (account_id, scope, scope_key, category, target_acos)"
                                + " values (?, ?, ?, ?, ?) on conflict (account_id, scope, scope_key) do update"
                                + " set category = excluded.category, target_acos = excluded.target_acos",
                        accountId,
                        scope,
                        key,
                        category,
                        target)
                .execute();
    }
}
